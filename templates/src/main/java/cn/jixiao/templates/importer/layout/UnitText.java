package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.text.WordText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A unit cell such as "202001中共…督查室本级": leading digits are the code, the rest the name. */
final class UnitText {

    // codes have at least three digits; "1.项目名称" is a numbered heading, not unit 1
    // possessive: "346001" alone is a code, never code "34600" named "1"
    // "346001-某某区文化馆": budget systems put a dash between code and name
    private static final Pattern UNIT_CELL = Pattern.compile("^(\\d{3,}+)[\\s\\-－—_]*([^\\s.．、\\-－—_].*)$", Pattern.DOTALL);
    private static final Pattern LEADING_DASHES = Pattern.compile("^[\\s\\-－—_]+");
    private static final Pattern CODE_ONLY = Pattern.compile("^\\d{3,}$");

    private UnitText() {}

    /** True if the text starts with a unit code followed by a name. */
    static boolean looksLikeUnit(String text) {
        return UNIT_CELL.matcher(WordText.strip(text)).matches();
    }

    /** The unit (a bare code has an empty name), or {@code null} if the text has no leading code. */
    static Unit parse(String text) {
        String stripped = WordText.strip(text);
        if (CODE_ONLY.matcher(stripped).matches()) {
            return new Unit(stripped, "");
        }
        Matcher m = UNIT_CELL.matcher(stripped);
        return m.matches() ? new Unit(m.group(1), WordText.strip(m.group(2))) : null;
    }

    /** A unit name without the dashes budget systems indent it with ("-某某区文化馆"). */
    static String name(String text) {
        return WordText.strip(LEADING_DASHES.matcher(WordText.strip(text)).replaceFirst(""));
    }
}
