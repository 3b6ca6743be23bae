package cn.jixiao.templates.diff;

import java.util.ArrayList;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.Project;

/** Changes inside a matched project: indicator rows, targets against money. Project 4 of the seed (50 万元). */
class ProjectChangeTest {

    private static final Disclosure SEED = Edits.seed();
    private static final int P4 = 3;

    private static ProjectChange change(Disclosure to) {
        return DisclosureDiff.compare(SEED, to).projects().changed().get(0);
    }

    private static Disclosure edit(java.util.function.UnaryOperator<Project> edit) {
        return Edits.project(SEED, P4, edit);
    }

    private static Project money(Project p, String total) {
        return Edits.budget(p, new Budget(new BigDecimal(total), new BigDecimal(total), null));
    }

    @Test
    void flagsMoneyUpWhileATargetIsLowered() {
        ProjectChange c = change(edit(p -> Edits.indicator(money(p, "60.00"), 3, r -> Edits.value(r, "≥80百分比"))));

        assertThat(c.conflict()).isEqualTo(MoneyTargetConflict.MONEY_UP_TARGET_LOWERED);
        assertThat(c.conflict().label()).isEqualTo("资金增加但绩效目标降低");
    }

    @Test
    void flagsMoneyDownWhileATargetIsRaised() {
        ProjectChange c = change(edit(p -> Edits.indicator(money(p, "40.00"), 3, r -> Edits.value(r, "≥95百分比"))));

        assertThat(c.conflict()).isEqualTo(MoneyTargetConflict.MONEY_DOWN_TARGET_RAISED);
    }

    @Test
    void costCapsFollowingTheBudgetAreNoConflict() {
        // 成本指标 ≤38万元 → ≤48万元 is LOOSENED, but a cost cap rising with the money is expected
        ProjectChange c = change(edit(p -> Edits.indicator(money(p, "60.00"), 0, r -> Edits.value(r, "≤48万元"))));

        assertThat(c.indicators().changed().get(0).value().kind()).isEqualTo(ValueChangeKind.LOOSENED);
        assertThat(c.conflict()).isNull();
    }

    @Test
    void sameDirectionIsNoConflict() {
        ProjectChange c = change(edit(p -> Edits.indicator(money(p, "60.00"), 3, r -> Edits.value(r, "≥95百分比"))));

        assertThat(c.conflict()).isNull();
    }

    @Test
    void indicatorRowsAddedRemovedAndReworded() {
        Indicator added = new Indicator("产出指标", "数量指标", "话务员人数", "配备话务员", IndicatorValue.parse("≥4人"), "合同");
        Disclosure to = edit(p -> {
            List<Indicator> rows = new ArrayList<>(p.indicators());
            rows.set(3, Edits.description(rows.get(3), "工单办结率"));
            rows.remove(4);
            rows.add(1, added);
            return Edits.indicators(p, rows);
        });

        ProjectChange c = change(to);

        assertThat(c.indicators().added()).containsExactly(new Added<>(1, added));
        assertThat(c.indicators().removed()).containsExactly(new Removed<>(4, SEED.projects().get(P4).indicators().get(4)));
        assertThat(c.indicators().changed()).singleElement().satisfies(row -> {
            assertThat(row.fromIndex()).isEqualTo(3);
            assertThat(row.toIndex()).isEqualTo(4);
            assertThat(row.moved()).isFalse();
            assertThat(row.description().edits()).containsExactly(TextEdit.insert("工单"), TextEdit.equal("办结率"));
            assertThat(row.value()).isNull();
        });
        assertThat(DiffApplier.apply(SEED, DisclosureDiff.compare(SEED, to))).isEqualTo(to);
    }

    @Test
    void renamedLevel3WithASimilarDescriptionIsTheSameRow() {
        Disclosure to = edit(p -> Edits.indicator(p, 3, r -> new Indicator(r.level1(), r.level2(), "办结情况",
                "工单办结率", r.value(), r.basis())));

        IndicatorChange row = change(to).indicators().changed().get(0);

        assertThat(row.level3().to()).isEqualTo("办结情况");
        assertThat(row.description().to()).isEqualTo("工单办结率");
    }

    @Test
    void spendPlanAndTextsAreReported() {
        Disclosure to = edit(p -> Edits.goal(Edits.purpose(new Project(p.unitCode(), p.code(), p.name(), p.budget(),
                p.purpose(), List.of(), p.goal(), p.indicators()), p.purpose() + "新增"), "新目标"));

        ProjectChange c = change(to);

        assertThat(c.spendPlan().to()).isEmpty();
        assertThat(c.purpose().edits()).endsWith(TextEdit.insert("新增"));
        assertThat(c.goal().to()).isEqualTo("新目标");
        assertThat(c.budget().isChanged()).isFalse();
    }
}
