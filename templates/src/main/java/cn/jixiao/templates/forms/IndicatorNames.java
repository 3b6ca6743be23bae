package cn.jixiao.templates.forms;

/** Matching of indicator labels: "产出" and "产出指标" name the same level, spaces do not count. */
public final class IndicatorNames {

    private static final String SUFFIX = "指标";

    private IndicatorNames() {}

    /** The label without blanks and without a trailing "指标". */
    public static String normalize(String label) {
        if (label == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(label.length());
        label.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(sb::appendCodePoint);
        String s = sb.toString();
        if (s.endsWith(SUFFIX) && s.length() > SUFFIX.length()) {
            s = s.substring(0, s.length() - SUFFIX.length());
        }
        return s;
    }

    /** Whether two labels name the same level. */
    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }
}
