package cn.jixiao.templates.importer.layout;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The unit an amount is written in; the model keeps 万元. */
enum AmountUnit {
    YUAN("元", -4), THOUSAND_YUAN("千元", -1), WAN_YUAN("万元", 0), YI_YUAN("亿元", 4);

    private static final Pattern WITH_UNIT = Pattern.compile("^(.*\\d)(万元|万|千元|亿元|亿|元)$");
    private static final Pattern UNIT_LABEL = Pattern.compile("^(?:金额|资金|预算)?单位:(.+)$");
    // amounts in 万元 are conventionally written with two decimals; a converted amount keeps at least that
    private static final int MIN_SCALE = 2;

    private final String label;
    private final int shift;

    AmountUnit(String label, int shift) {
        this.label = label;
        this.shift = shift;
    }

    String label() {
        return label;
    }

    /** The unit named by "元", "万元", …, or {@code null}. */
    static AmountUnit named(String text) {
        String n = Labels.normalize(text);
        for (AmountUnit unit : values()) {
            if (unit.label.equals(n)) {
                return unit;
            }
        }
        return null;
    }

    /** An amount cell that writes its own unit ("150万", "12.3万元"): the number's text and that unit. */
    record Written(String number, AmountUnit unit) {}

    /** The amount and unit of a cell such as "150万" or "10606.7522万元", or {@code null} without a unit. */
    static Written written(String text) {
        Matcher m = WITH_UNIT.matcher(Labels.normalize(text));
        if (!m.matches()) {
            return null;
        }
        String unit = m.group(2);
        return new Written(m.group(1), named(unit.length() == 1 && !unit.equals("元") ? unit + "元" : unit));
    }

    /** The unit of a "单位：元" / "金额单位：万元" label, or {@code null}. */
    static AmountUnit ofUnitLabel(String text) {
        Matcher m = UNIT_LABEL.matcher(Labels.normalize(text));
        return m.matches() ? named(m.group(1)) : null;
    }

    /** True for any "单位：…" label, also one whose unit we do not know. */
    static boolean isUnitLabel(String text) {
        return UNIT_LABEL.matcher(Labels.normalize(text)).matches();
    }

    /**
     * The amount in 万元, exactly: the decimal point moves, nothing is rounded. Trailing zeros the move created
     * are dropped down to two decimals, so 36000.00 元 is 3.60 万元 and 123456.78 元 is 12.345678 万元.
     */
    BigDecimal toWan(BigDecimal amount) {
        if (this == WAN_YUAN) {
            return amount;
        }
        BigDecimal wan = amount.movePointRight(shift).stripTrailingZeros();
        return wan.scale() < MIN_SCALE ? wan.setScale(MIN_SCALE) : wan;
    }
}
