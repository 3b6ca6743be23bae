package cn.jixiao.platform.diff;

/**
 * One side of a comparison: a fiscal year's current content ({@code 2025}) or one of its
 * revisions ({@code 2025r3}).
 */
public record VersionRef(int fiscalYear, Integer revision) {

    public static VersionRef parse(String text) {
        if (text == null || !text.matches("\\d{4}(r\\d{1,6})?")) {
            throw new InvalidVersionException(text);
        }
        int r = text.indexOf('r');
        return r < 0 ? new VersionRef(Integer.parseInt(text), null)
                : new VersionRef(Integer.parseInt(text.substring(0, r)), Integer.parseInt(text.substring(r + 1)));
    }

    /** In Chinese, for pages. */
    public String label() {
        return revision == null ? fiscalYear + " 年度（当前）" : fiscalYear + " 年度修订版 " + revision;
    }

    @Override
    public String toString() {
        return revision == null ? String.valueOf(fiscalYear) : fiscalYear + "r" + revision;
    }
}
