package cn.jixiao.templates.disclosure;

import cn.jixiao.templates.text.WordText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing behind {@link IndicatorValue#parse(String)}; works on a normalised copy, never on the stored text. */
final class IndicatorValueParser {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    // Longer than any real unit ("个工作日内"); longer tails are prose such as "12345政务服务…"
    private static final int MAX_UNIT_LENGTH = 6;

    /** Comparator spellings, longest first so "不低于" wins over "低于" and ">=" over ">". */
    private static final List<Map.Entry<String, Comparator>> PREFIXES;

    static {
        Map<String, Comparator> m = new LinkedHashMap<>();
        for (String s : List.of("≥", ">=", "=>", "大于等于", "大于或等于", "不低于", "不少于", "不小于", "至少", "最少")) {
            m.put(s, Comparator.GE);
        }
        for (String s : List.of("≤", "<=", "=<", "小于等于", "小于或等于", "不高于", "不超过", "不多于", "不大于", "至多", "最多")) {
            m.put(s, Comparator.LE);
        }
        for (String s : List.of(">", "大于", "高于", "超过", "多于")) {
            m.put(s, Comparator.GT);
        }
        for (String s : List.of("<", "小于", "低于", "少于")) {
            m.put(s, Comparator.LT);
        }
        for (String s : List.of("=", "等于")) {
            m.put(s, Comparator.EQ);
        }
        List<Map.Entry<String, Comparator>> entries = new ArrayList<>(m.entrySet());
        entries.sort((a, b) -> b.getKey().length() - a.getKey().length());
        PREFIXES = List.copyOf(entries);
    }

    /** Comparators written after the value ("90%以上", "95%及以上"); in official usage 以上/以下 include the number. */
    private static final List<Map.Entry<String, Comparator>> SUFFIXES = List.of(
            Map.entry("及以上", Comparator.GE), Map.entry("以上", Comparator.GE),
            Map.entry("及以下", Comparator.LE), Map.entry("以下", Comparator.LE), Map.entry("以内", Comparator.LE));

    private IndicatorValueParser() {}

    static IndicatorValue parse(String text) {
        if (text == null) {
            return new IndicatorValue("", IndicatorValue.Kind.EMPTY, null, null, null);
        }
        String s = WordText.strip(normalize(text));
        if (s.isEmpty()) {
            return new IndicatorValue(text, IndicatorValue.Kind.EMPTY, null, null, null);
        }
        Comparator comparator = null;
        int pos = 0;
        for (Map.Entry<String, Comparator> e : PREFIXES) {
            if (s.startsWith(e.getKey())) {
                comparator = e.getValue();
                pos = e.getKey().length();
                break;
            }
        }
        while (pos < s.length() && WordText.isBlankChar(s.charAt(pos))) {
            pos++;
        }
        Matcher m = NUMBER.matcher(s).region(pos, s.length());
        if (!m.lookingAt()) {
            return qualitative(text);
        }
        String unit = WordText.strip(s.substring(m.end()));
        for (Map.Entry<String, Comparator> e : SUFFIXES) {
            if (unit.endsWith(e.getKey())) {
                unit = WordText.strip(unit.substring(0, unit.length() - e.getKey().length()));
                comparator = comparator == null ? e.getValue() : comparator;
                break;
            }
        }
        if (!isUnit(unit)) {
            return qualitative(text);
        }
        BigDecimal number = new BigDecimal(m.group().replace(",", ""));
        return new IndicatorValue(text, IndicatorValue.Kind.QUANTITATIVE,
                comparator == null ? Comparator.EQ : comparator,
                number, unit.isEmpty() ? null : unit);
    }

    private static IndicatorValue qualitative(String text) {
        return new IndicatorValue(text, IndicatorValue.Kind.QUALITATIVE, null, null, null);
    }

    /** A unit is a short run of letters or unit signs; anything else means the value is prose. */
    private static boolean isUnit(String unit) {
        if (unit.codePointCount(0, unit.length()) > MAX_UNIT_LENGTH) {
            return false;
        }
        return unit.codePoints().allMatch(c -> Character.isLetter(c) || "%‰‱°℃/·²³".indexOf(c) >= 0);
    }

    /** Maps full-width digits and signs to ASCII so one grammar covers both spellings. */
    private static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else {
                switch (c) {
                    case '．' -> c = '.';
                    case '，' -> c = ',';
                    case '％' -> c = '%';
                    case '＞' -> c = '>';
                    case '＜' -> c = '<';
                    case '＝' -> c = '=';
                    case '＋' -> c = '+';
                    case '－' -> c = '-';
                    case '≧', '⩾' -> c = '≥';
                    case '≦', '⩽' -> c = '≤';
                    default -> { }
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
