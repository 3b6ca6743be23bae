package cn.jixiao.templates.validation;

import java.math.BigDecimal;

/** Formatting of amounts (万元) and percentages in messages. */
final class Numbers {

    private Numbers() {}

    /** "3.6" for 3.60 and "50" for 50.00, so messages read like the document. */
    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** The amount as written, keeping its scale ("3.60"). */
    static String written(BigDecimal n) {
        return n.toPlainString();
    }
}
