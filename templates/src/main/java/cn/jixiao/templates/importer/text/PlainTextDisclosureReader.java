package cn.jixiao.templates.importer.text;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.importer.ImportLimits;
import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.importer.layout.GridDisclosureReader;
import cn.jixiao.templates.importer.report.Finding;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.ReportBuilder;
import cn.jixiao.templates.importer.report.SourceFormat;
import cn.jixiao.templates.importer.safety.SizeGuard;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a disclosure from the plain-text export of its Word file: Part 1 (部门整体绩效目标) and the Part 2 project
 * goal and indicator tables. Cell and paragraph text is kept as written.
 *
 * <p>The export is read by the importer's grid path ({@link TextGridReader}, then {@link GridDisclosureReader}),
 * so it reads exactly as {@code DisclosureImporter} reads the same file. The importer makes a draft for a person
 * to check and reports what it could not read; this reader is strict instead: a project table with a required
 * value missing or unreadable is refused.
 */
public final class PlainTextDisclosureReader {

    private static final String SOURCE_NAME = "纯文本导出";

    private static final String NOT_A_DISCLOSURE =
            "不是预算绩效目标公开文本：既没有第一部分部门整体绩效目标，也没有第二部分项目绩效目标表";

    private static final Set<FindingKind> MALFORMED =
            Set.of(FindingKind.VALUE_MISSING, FindingKind.VALUE_NOT_PARSED, FindingKind.COLUMN_MISSING);

    /**
     * Project fields the export must fill: code, name, unit, amounts, spending percentages, and an indicator table
     * with all its columns and whole rows. Indicator values stay free text and spending plan labels may be blank.
     */
    private static final Pattern REQUIRED_FIELD = Pattern.compile(
            "projects\\[(\\d+)]\\.(?:code|name|unitCode|budget\\.\\w+|spendPlan\\[\\d+]\\.cumulativePercent|indicators)");

    private PlainTextDisclosureReader() {}

    /**
     * Parses {@code text}; the department identity and year are not in the export, so the caller supplies them.
     *
     * @throws DisclosureFormatException if the text is not a disclosure, a project table is malformed (the message
     *                                   names the table and the value), or it is over {@link ImportLimits#defaults()}
     */
    public static Disclosure read(String text, String departmentCode, String departmentName, int fiscalYear) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(departmentName, "departmentName");

        ReportBuilder report = new ReportBuilder(SOURCE_NAME, SourceFormat.TEXT);
        Disclosure disclosure;
        try {
            disclosure = GridDisclosureReader.read(
                    TextGridReader.read(text, SOURCE_NAME, new SizeGuard(ImportLimits.defaults()), List.of()),
                    departmentCode, departmentName, fiscalYear, report);
        } catch (ImportRejectedException e) {
            throw new DisclosureFormatException(switch (e.reason()) {
                case EMPTY_DOCUMENT, NO_RECOGNIZABLE_TABLES -> NOT_A_DISCLOSURE;
                default -> e.getMessage(); // limits: already Chinese and specific
            });
        }
        for (Finding finding : report.build().findings()) {
            Matcher field = REQUIRED_FIELD.matcher(finding.field());
            if (MALFORMED.contains(finding.kind()) && field.matches()) {
                throw new DisclosureFormatException("第" + (Integer.parseInt(field.group(1)) + 1) + "个项目表："
                        + finding.problem());
            }
        }
        return disclosure;
    }
}
