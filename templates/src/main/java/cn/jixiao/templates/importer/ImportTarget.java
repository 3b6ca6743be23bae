package cn.jixiao.templates.importer;

/**
 * What the uploader says the file is. The department may be left {@code null}: it is then taken from the
 * document (a 部门名称 cell, or guessed from the units, and reported so).
 *
 * @param deptCode   department code, e.g. "202", or {@code null}
 * @param deptName   department name, or {@code null}
 * @param fiscalYear budget year, e.g. 2025
 */
public record ImportTarget(String deptCode, String deptName, int fiscalYear) {
    public ImportTarget {
        if (fiscalYear < 1900 || fiscalYear > 2200) {
            throw new IllegalArgumentException("fiscal year out of range: " + fiscalYear);
        }
        deptCode = blankToNull(deptCode);
        deptName = blankToNull(deptName);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
