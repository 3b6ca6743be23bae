package cn.jixiao.templates.disclosure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One column of the spending plan (资金支出计划), e.g. ("3月底", 20) from "20%".
 *
 * @param label             checkpoint label as written
 * @param cumulativePercent cumulative share of the budget spent by then, in percent; {@code null} if the cell is blank
 */
public record SpendCheckpoint(String label, BigDecimal cumulativePercent) {
    public SpendCheckpoint {
        Objects.requireNonNull(label, "label");
    }
}
