package cn.jixiao.templates.importer.corpus;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a corpus file holds, written next to it as JSON ({@code <file>.expected.json}): the department and
 * projects a careful person would type from it, cell by cell, or the reason it must be refused. Made from the
 * content the file was written from ({@link CorpusContent}), never from what the importer reads.
 *
 * @param style     the corpus folder (a province's style or a defect of issue 14)
 * @param layouts   names of {@code report.Layout} the file must be read as (empty for a refusal)
 * @param target    what the uploader types on the form
 * @param refusal   the expected {@code RejectionReason} name, or {@code null} when the file must give a draft
 * @param department department with its units (units without a code are not listed: the person picks them)
 * @param projects  the projects in file order
 */
public record Expected(String style, List<String> layouts, Target target, String refusal, Dept department,
                       List<Proj> projects) {

    public record Target(String deptCode, String deptName, int fiscalYear) {}

    public record Dept(String code, String name, List<UnitRef> units) {}

    public record UnitRef(String code, String name) {}

    /** Amounts in 万元; {@code null} for a cell that holds no value. */
    public record Proj(String unitCode, String code, String name, BigDecimal total, BigDecimal fiscal, BigDecimal other,
                       String purpose, String goal, List<Ind> indicators) {

        Proj withIndicators(List<Ind> changed) {
            return new Proj(unitCode, code, name, total, fiscal, other, purpose, goal, changed);
        }

        Proj withPurpose(String changed) {
            return new Proj(unitCode, code, name, total, fiscal, other, changed, goal, indicators);
        }

        Proj withUnitCode(String changed) {
            return new Proj(changed, code, name, total, fiscal, other, purpose, goal, indicators);
        }

        Proj withTotal(BigDecimal changed) {
            return new Proj(unitCode, code, name, changed, fiscal, other, purpose, goal, indicators);
        }
    }

    /**
     * One indicator row; {@code value} as the draft must keep it, {@code comparator} (a {@code Comparator} name),
     * {@code number} and {@code unit} as it means, all three {@code null} for a qualitative value.
     */
    public record Ind(String level1, String level2, String level3, String description, String value, String comparator,
                      BigDecimal number, String unit, String basis) {

        Ind without(boolean description, boolean basis) {
            return new Ind(level1, level2, level3, description ? "" : this.description, value, comparator, number, unit,
                    basis ? "" : this.basis);
        }

        Ind withValue(String text) {
            return new Ind(level1, level2, level3, description, text, comparator, number, unit, basis);
        }
    }
}
