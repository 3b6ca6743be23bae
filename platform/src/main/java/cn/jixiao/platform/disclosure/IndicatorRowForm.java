package cn.jixiao.platform.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;

/** One indicator row as typed in the table form (fields {@code r{i}.level1} …, the new row {@code new.level1} …). */
record IndicatorRowForm(String level1, String level2, String level3, String description, String value, String basis) {

    static final String NEW = "new";

    static IndicatorRowForm of(Indicator i) {
        return new IndicatorRowForm(i.level1(), i.level2(), i.level3(), i.description(), i.value().text(), i.basis());
    }

    static IndicatorRowForm blank() {
        return new IndicatorRowForm("", "", "", "", "", "");
    }

    /** The row with prefix {@code r3} or {@code new}; absent fields are blank. */
    static IndicatorRowForm read(Map<String, String> params, String prefix) {
        return new IndicatorRowForm(field(params, prefix, "level1"), field(params, prefix, "level2"),
                field(params, prefix, "level3"), field(params, prefix, "description"), field(params, prefix, "value"),
                field(params, prefix, "basis"));
    }

    /** Rows 1..count as typed; a row not in the form keeps its stored values. */
    static List<IndicatorRowForm> readAll(Map<String, String> params, List<Indicator> stored) {
        List<IndicatorRowForm> rows = new ArrayList<>();
        for (int i = 1; i <= stored.size(); i++) {
            rows.add(params.containsKey("r" + i + ".value") ? read(params, "r" + i) : of(stored.get(i - 1)));
        }
        return rows;
    }

    /** The rows {@code i1}, {@code i2}, … of a form that starts a table (a new project's). */
    static List<IndicatorRowForm> readNumbered(Map<String, String> params) {
        List<IndicatorRowForm> rows = new ArrayList<>();
        for (int i = 1; params.containsKey("i" + i + ".value"); i++) {
            rows.add(read(params, "i" + i));
        }
        return rows;
    }

    /** Nothing typed in this row. */
    boolean isBlank() {
        return level3.isBlank() && description.isBlank() && value.isBlank() && basis.isBlank();
    }

    Indicator indicator() {
        return new Indicator(level1, level2, level3, description, IndicatorValue.parse(value), basis);
    }

    private static String field(Map<String, String> params, String prefix, String name) {
        String v = params.get(prefix + "." + name);
        return v == null ? "" : v.strip();
    }
}
