package cn.jixiao.templates.importer.report;

/** Kinds of ambiguity the importer resolved on its own and wants a person to check. */
public enum FindingKind {
    /** A header or row label that is not one we know; its column or row was not imported. */
    HEADER_NOT_RECOGNIZED,
    /** A value that should be a number, percentage or indicator value but did not parse. */
    VALUE_NOT_PARSED,
    /** A unit that was not written and was assumed (amounts in 万元, a % for a rate). */
    UNIT_GUESSED,
    /** An amount converted to 万元 from 元 (or another unit). */
    AMOUNT_CONVERTED,
    /** An indicator value put together from comparator, value and unit columns, or a comparator taken from the direction. */
    VALUE_COMPOSED,
    /** The same field written twice with different values. */
    CONFLICTING_VALUES,
    /** A column the indicator table should have is missing. */
    COLUMN_MISSING,
    /** A field that should be there is missing or empty (project code, unit). */
    VALUE_MISSING,
    /** Department code or name taken from the document or inferred rather than given. */
    DEPARTMENT_INFERRED,
    /** The text file is not UTF-8; its encoding was guessed. */
    ENCODING_GUESSED,
    /** Content the data model has no place for (e.g. a department's overall budget). */
    NOT_MODELLED,
    /** Structure that was read in a simplified way (e.g. a table nested in a cell read as text). */
    STRUCTURE_SIMPLIFIED
}
