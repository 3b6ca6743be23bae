package cn.jixiao.templates.render;

import java.math.BigDecimal;

/** Prints numbers the way the source wrote them: the scale is kept ("3.60"), blank stays blank. */
final class Amounts {

    private Amounts() {
    }

    /** 万元 amount as written, "" for a blank cell. */
    static String money(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    /** Cumulative percentage, e.g. "20%", "" for a blank cell. */
    static String percent(BigDecimal percent) {
        return percent == null ? "" : percent.toPlainString() + "%";
    }
}
