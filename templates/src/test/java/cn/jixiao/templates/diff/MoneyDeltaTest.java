package cn.jixiao.templates.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Project;

class MoneyDeltaTest {

    @Test
    void deltaAndPercentWithAFixedScale() {
        MoneyDelta d = MoneyDelta.of(new BigDecimal("13.00"), new BigDecimal("15.00"));

        assertThat(d.delta()).isEqualTo(new BigDecimal("2.00"));
        assertThat(d.percent()).isEqualTo(new BigDecimal("15.38"));
        assertThat(MoneyDelta.of(new BigDecimal("3"), new BigDecimal("1")).percent()).isEqualTo(new BigDecimal("-66.67"));
        assertThat(MoneyDelta.of(new BigDecimal("50.00"), new BigDecimal("50.00")).percent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(d.isChanged()).isTrue();
        assertThat(d.direction()).isEqualTo(1);
    }

    @Test
    void blanksAreNullSafe() {
        assertThat(MoneyDelta.of(null, null)).isEqualTo(new MoneyDelta(null, null, null, null));
        assertThat(MoneyDelta.of(null, null).isChanged()).isFalse();
        assertThat(MoneyDelta.of(null, new BigDecimal("5.00")))
                .isEqualTo(new MoneyDelta(null, new BigDecimal("5.00"), new BigDecimal("5.00"), null));
        assertThat(MoneyDelta.of(new BigDecimal("5.00"), null))
                .isEqualTo(new MoneyDelta(new BigDecimal("5.00"), null, new BigDecimal("-5.00"), new BigDecimal("-100.00")));
        assertThat(MoneyDelta.of(BigDecimal.ZERO, new BigDecimal("1")).percent()).isNull();
        assertThat(MoneyDelta.of(null, BigDecimal.ZERO).isChanged()).as("blank → 0 is a change").isTrue();
    }

    @Test
    void scaleAloneIsNoChange() {
        assertThat(MoneyDelta.of(new BigDecimal("3.6"), new BigDecimal("3.60")).isChanged()).isFalse();
    }

    @Test
    void departmentTotalsSumNonBlankCells() {
        Project a = project(new Budget(new BigDecimal("3.60"), new BigDecimal("3.60"), null));
        Project b = project(new Budget(new BigDecimal("10.00"), new BigDecimal("8.00"), new BigDecimal("2.00")));

        BudgetDelta totals = BudgetDelta.ofTotals(List.of(a), List.of(a, b));

        assertThat(totals.total()).isEqualTo(MoneyDelta.of(new BigDecimal("3.60"), new BigDecimal("13.60")));
        assertThat(totals.other()).isEqualTo(new MoneyDelta(null, new BigDecimal("2.00"), new BigDecimal("2.00"), null));
        assertThat(BudgetDelta.ofTotals(List.of(), List.of()).isChanged()).isFalse();
    }

    private static Project project(Budget budget) {
        return new Project("u", "c", "n", budget, "", List.of(), "", List.of());
    }
}
