package cn.jixiao.templates.importer.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import cn.jixiao.templates.text.WordText;

/** Small text helpers shared by the readers. */
final class Texts {

    private static final Pattern BOOKMARKS = Pattern.compile("^(?:\\[bookmark:[^\\]]*\\])+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3}(?:\\D|$))");

    private Texts() {}

    /** Comparable form of a label: no blanks, ASCII colon/parentheses/percent, so "其中：财政    资金" = "其中:财政资金". */
    static String normalizeLabel(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (WordText.isBlankChar(c)) {
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
        for (char c : WordText.strip(raw).toCharArray()) {
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
