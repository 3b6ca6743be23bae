package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.text.WordText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comparable forms of labels and headers: blanks and line breaks removed (so "其中：财政    资金" and "总 体 目 标"
 * match), full-width punctuation as ASCII, a trailing colon dropped, and a trailing parenthesis split off
 * ("预算数（元）" is "预算数" in 元).
 */
final class Labels {

    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("^(.+?)\\(([^()]*)\\)$");

    private Labels() {}

    /** No blanks, ASCII punctuation, no trailing colon. */
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(compact(s));
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ':') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    /** No blanks, ASCII punctuation; colons kept. */
    static String compact(String s) {
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
                case '，' -> sb.append(',');
                case '＜' -> sb.append('<');
                case '＞' -> sb.append('>');
                case '＝' -> sb.append('=');
                default -> sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    /** The label without a trailing "(…)", e.g. "预算数" for "预算数（元）". */
    static String base(String s) {
        String n = normalize(s);
        Matcher m = TRAILING_PARENTHESIS.matcher(n);
        return m.matches() ? m.group(1) : n;
    }

    /** The text in a trailing "(…)", e.g. "元" for "预算数（元）", or "". */
    static String parenthesis(String s) {
        Matcher m = TRAILING_PARENTHESIS.matcher(normalize(s));
        return m.matches() ? m.group(2) : "";
    }
}
