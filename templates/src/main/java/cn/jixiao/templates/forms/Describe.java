package cn.jixiao.templates.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Small wording helpers for change reports: "旧 → 新". */
final class Describe {

    private Describe() {}

    static String yesNo(boolean b) {
        return b ? "是" : "否";
    }

    static String value(Object v) {
        if (v == null) {
            return "无";
        }
        return v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(v);
    }

    /** Adds "what：old → new" when the values differ. */
    static void change(List<String> out, String what, Object before, Object after) {
        boolean same = before instanceof BigDecimal a && after instanceof BigDecimal b
                ? a.compareTo(b) == 0 : Objects.equals(before, after);
        if (!same) {
            out.add(what + "：" + value(before) + " → " + value(after));
        }
    }
}
