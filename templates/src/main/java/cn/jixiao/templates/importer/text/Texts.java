package cn.jixiao.templates.importer.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Small text helpers shared by the readers. */
final class Texts {

    private static final Pattern BOOKMARKS = Pattern.compile("^(?:\\[bookmark:[^\\]]*\\])+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3}(?:\\D|$))");

    private Texts() {}

    static boolean isBlankChar(int c) {
        // NBSP and U+3000 are not Character.isWhitespace but are blank in Word exports
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    static boolean isBlank(String s) {
        return s == null || s.codePoints().allMatch(Texts::isBlankChar);
    }

    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlankChar(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Comparable form of a label: no blanks, ASCII colon/parentheses/percent, so "其中：财政    资金" = "其中:财政资金". */
    static String normalizeLabel(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (isBlankChar(c)) {
                return;
            }
            switch (c) {
                case '：' -> sb.append(':');
                case '（' -> sb.append('(');
                case '）' -> sb.append(')');
                case '％' -> sb.append('%');
                default -> sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    static String stripBookmarks(String line) {
        return BOOKMARKS.matcher(line).replaceFirst("");
    }

    /** Parses a decimal as written, keeping its scale; {@code null} if the text is not a plain number. */
    static BigDecimal parseDecimal(String raw) {
        StringBuilder sb = new StringBuilder();
        for (char c : strip(raw).toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                sb.append('.');
            } else {
                sb.append(c);
            }
        }
        String s = THOUSANDS_COMMA.matcher(sb).replaceAll("");
        return DECIMAL.matcher(s).matches() ? new BigDecimal(s) : null;
    }
}
