package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.text.WordText;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Decimal parsing as written: full-width digits, thousands commas, the written scale kept. */
final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3}(?:\\D|$))");

    private Numbers() {}

    /** The number, or {@code null} if the text is not a plain number. */
    static BigDecimal parse(String raw) {
        StringBuilder sb = new StringBuilder();
        for (char c : WordText.strip(raw).toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                sb.append('.');
            } else if (c == '，') {
                sb.append(',');
            } else {
                sb.append(c);
            }
        }
        String s = THOUSANDS_COMMA.matcher(sb).replaceAll("");
        return DECIMAL.matcher(s).matches() ? new BigDecimal(s) : null;
    }

    /** A percentage such as "20%", "20％" or "20"; {@code null} if it is none. */
    static BigDecimal percent(String raw) {
        String s = WordText.strip(raw);
        if (s.endsWith("%") || s.endsWith("％")) {
            s = s.substring(0, s.length() - 1);
        }
        return parse(s);
    }
}
