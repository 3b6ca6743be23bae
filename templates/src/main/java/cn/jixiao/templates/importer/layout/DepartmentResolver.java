package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.importer.RejectionReason;
import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.ReportBuilder;
import java.util.List;
import java.util.Map;

/**
 * Decides the department's code and name: the upload's parameters first, then what the document says
 * (部门编码, 部门名称, 主管部门), then an inference from the units (code = unit code without its last three
 * digits, shared by all units; name = the "…本级" unit's name without 本级). Every choice not given as a
 * parameter is reported.
 */
final class DepartmentResolver {

    /** Unit codes are the department code and three digits: 202 → 202001, 202003. */
    private static final int UNIT_SUFFIX_DIGITS = 3;
    private static final String OWN_UNIT_SUFFIX = "本级";

    private final ReportBuilder report;
    private final DepartmentClues clues;
    private final Map<Unit, List<GridCell>> units;

    DepartmentResolver(ReportBuilder report, DepartmentClues clues, Map<Unit, List<GridCell>> units) {
        this.report = report;
        this.clues = clues;
        this.units = units;
    }

    String code(String given) {
        String decided = given != null ? given : firstClue(clues.codes());
        if (given != null) {
            report.parameter("department.code", "deptCode");
        }
        if (decided == null) {
            decided = codeFromUnits();
        } else if (given == null) {
            report.finding(FindingKind.DEPARTMENT_INFERRED, clues.codes().get(0).cell().location(),
                    "导入时未指定部门编码", "采用文件中的部门编码“" + decided + "”");
        }
        checkClues(clues.codes(), decided, "department.code", "部门编码", given != null);
        return decided;
    }

    String name(String given) {
        String decided = given != null ? given : firstClue(clues.names());
        if (given != null) {
            report.parameter("department.name", "deptName");
        }
        if (decided == null) {
            decided = nameFromUnits();
        } else if (given == null) {
            report.finding(FindingKind.DEPARTMENT_INFERRED, clues.names().get(0).cell().location(),
                    "导入时未指定部门名称", "采用文件中的部门名称“" + decided + "”");
        }
        checkClues(clues.names(), decided, "department.name", "部门名称", given != null);
        return decided;
    }

    private static String firstClue(List<DepartmentClues.Clue> found) {
        return found.isEmpty() ? null : found.get(0).text();
    }

    /** Cells that agree are sources of the field; cells that disagree are reported and not imported. */
    private void checkClues(List<DepartmentClues.Clue> found, String decided, String field, String what, boolean given) {
        for (DepartmentClues.Clue clue : found) {
            if (clue.text().equals(decided)) {
                report.value(clue.cell().location(), field);
            } else {
                report.finding(FindingKind.CONFLICTING_VALUES, clue.cell().location(),
                        "文件中的" + what + "“" + clue.text() + "”与" + (given ? "导入参数" : "文件中先出现的") + "“" + decided + "”不一致",
                        "采用“" + decided + "”");
                report.notMapped(clue.cell().location(), what + "与采用的值不一致，未导入");
            }
        }
    }

    private String codeFromUnits() {
        String code = null;
        for (Unit unit : units.keySet()) {
            String unitCode = unit.code();
            if (unitCode.length() <= UNIT_SUFFIX_DIGITS) {
                return reject("部门编码");
            }
            String candidate = unitCode.substring(0, unitCode.length() - UNIT_SUFFIX_DIGITS);
            if (code != null && !code.equals(candidate)) {
                return reject("部门编码");
            }
            code = candidate;
        }
        if (code == null) {
            return reject("部门编码");
        }
        Map.Entry<Unit, List<GridCell>> first = units.entrySet().iterator().next();
        first.getValue().forEach(c -> report.value(c.location(), "department.code"));
        report.finding(FindingKind.DEPARTMENT_INFERRED, first.getValue().get(0).location(),
                "导入时未指定部门编码，文件中也没有", "按单位编码“" + first.getKey().code() + "”去掉末三位推定为“" + code + "”");
        return code;
    }

    private String nameFromUnits() {
        for (Map.Entry<Unit, List<GridCell>> e : units.entrySet()) {
            String name = e.getKey().name();
            if (name.endsWith(OWN_UNIT_SUFFIX) && name.length() > OWN_UNIT_SUFFIX.length()) {
                String department = name.substring(0, name.length() - OWN_UNIT_SUFFIX.length());
                return inferredName(e, department, "按“" + name + "”（部门本级）推定为“" + department + "”");
            }
        }
        if (units.size() == 1) {
            Map.Entry<Unit, List<GridCell>> only = units.entrySet().iterator().next();
            return inferredName(only, only.getKey().name(), "部门只有一个单位，按单位名称“" + only.getKey().name() + "”推定");
        }
        return reject("部门名称");
    }

    private String inferredName(Map.Entry<Unit, List<GridCell>> unit, String name, String decision) {
        unit.getValue().forEach(c -> report.value(c.location(), "department.name"));
        report.finding(FindingKind.DEPARTMENT_INFERRED, unit.getValue().get(0).location(),
                "导入时未指定部门名称，文件中也没有", decision);
        return name;
    }

    private static String reject(String what) {
        throw new ImportRejectedException(RejectionReason.DEPARTMENT_UNKNOWN,
                "无法确定" + what + "：文件中没有" + what + "，也无法从单位推定，请在导入时填写" + what);
    }
}
