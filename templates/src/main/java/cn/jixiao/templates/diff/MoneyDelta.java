package cn.jixiao.templates.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One amount in 万元 in two versions. A blank cell ({@code null}) counts as zero for the delta but stays
 * blank in {@code from}/{@code to}; amounts are equal when numerically equal (3.6 = 3.60).
 *
 * @param from    old amount, {@code null} when blank
 * @param to      new amount, {@code null} when blank
 * @param delta   {@code to − from}; {@code null} only when both are blank
 * @param percent {@code delta / from × 100} with scale {@value #PERCENT_SCALE} (half up); {@code null} when
 *                {@code from} is blank or zero
 */
public record MoneyDelta(BigDecimal from, BigDecimal to, BigDecimal delta, BigDecimal percent) {

    /** Decimal places of {@link #percent()}. */
    public static final int PERCENT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The delta between two amounts, either may be blank. */
    public static MoneyDelta of(BigDecimal from, BigDecimal to) {
        if (from == null && to == null) {
            return new MoneyDelta(null, null, null, null);
        }
        BigDecimal delta = orZero(to).subtract(orZero(from));
        BigDecimal percent = from == null || from.signum() == 0
                ? null
                : delta.multiply(HUNDRED).divide(from, PERCENT_SCALE, RoundingMode.HALF_UP);
        return new MoneyDelta(from, to, delta, percent);
    }

    /** True when the amount changed, including blank ↔ 0. */
    public boolean isChanged() {
        return !same(from, to);
    }

    /** Sign of the delta: 1 rose, −1 fell, 0 unchanged or both blank. */
    public int direction() {
        return delta == null ? 0 : delta.signum();
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
