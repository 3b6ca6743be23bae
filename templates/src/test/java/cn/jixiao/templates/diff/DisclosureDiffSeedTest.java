package cn.jixiao.templates.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;

/** The seed rolled forward into 2026 with known edits: the diff reports exactly those. */
class DisclosureDiffSeedTest {

    private static final Disclosure SEED = Edits.seed();

    private static final String MEASURE_3 = SeedScenario.MEASURE_3;
    private static final Project NEW_PROJECT = SeedScenario.NEW_PROJECT;

    private static Disclosure edited2026() {
        return SeedScenario.edited2026();
    }

    @Test
    void seedHasTheShapeTheEditsAssume() {
        assertThat(SEED.projects()).extracting(Project::name)
                .containsExactly("督查车辆租用经费", "督查专项检查经费", "招商引资专项业务费", "区12345政务服务便民热线整合优化工作经费");
        assertThat(SEED.projects().get(3).indicators().get(3).level2()).isEqualTo("质量指标");
        assertThat(SEED.projects().get(3).indicators().get(3).value().text()).isEqualTo("≥90百分比");
        assertThat(SEED.goals().measures().get(2)).isEqualTo(MEASURE_3 + "。");
    }

    @Test
    void rollForwardWithKnownEditsReportsExactlyThoseEdits() {
        Disclosure to = edited2026();

        DisclosureDiffResult diff = DisclosureDiff.compare(SEED, to, List.of());

        List<Project> p = SEED.projects();
        ProjectMatch m1 = new ProjectMatch(0, 0, p.get(0).code(), "13020226P008969100011", p.get(0).name(), "督查车辆租赁经费",
                MatchReason.CODE, 1.0);
        ProjectMatch m2 = new ProjectMatch(1, 1, p.get(1).code(), "13020226P008897100027", p.get(1).name(), p.get(1).name(),
                MatchReason.CODE, 1.0);
        ProjectMatch m4 = new ProjectMatch(3, 2, p.get(3).code(), "13020226P008973100016", p.get(3).name(), p.get(3).name(),
                MatchReason.CODE, 1.0);
        MoneyDelta none = new MoneyDelta(null, null, null, null);
        Indicator quality = p.get(3).indicators().get(3);
        ProjectChange renamed = new ProjectChange(m1, false,
                new TextChange(List.of(TextEdit.equal("督查车辆租"), TextEdit.delete("用"), TextEdit.insert("赁"),
                        TextEdit.equal("经费"))),
                null, new BudgetDelta(unchanged("3.60"), unchanged("3.60"), none), null, null, null, ListChanges.none(), null);
        ProjectChange moreMoney = new ProjectChange(m2, false, null, null,
                new BudgetDelta(money("13.00", "15.00", "2.00", "15.38"), money("13.00", "15.00", "2.00", "15.38"), none),
                null, null, null, ListChanges.none(), null);
        ProjectChange tighter = new ProjectChange(m4, false, null, null,
                new BudgetDelta(unchanged("50.00"), unchanged("50.00"), none), null, null, null,
                new ListChanges<>(List.of(), List.of(), List.of(new IndicatorChange(3, 3, false, quality, null, null,
                        new ValueChange(IndicatorValue.parse("≥90百分比"), IndicatorValue.parse("≥95百分比"),
                                ValueChangeKind.TIGHTENED, new BigDecimal("5"), new TextChange(List.of(TextEdit.equal("≥9"),
                                TextEdit.delete("0"), TextEdit.insert("5"), TextEdit.equal("百分比")))), null))),
                null);
        DisclosureDiffResult expected = new DisclosureDiffResult(2025, 2026,
                new DepartmentChange("202", "202", null, ListChanges.none()),
                List.of(m1, m2, m4),
                new ListChanges<>(List.of(new Added<>(3, NEW_PROJECT)), List.of(new Removed<>(2, p.get(2))),
                        List.of(renamed, moreMoney, tighter)),
                new BudgetDelta(money("76.60", "88.60", "12.00", "15.67"), money("76.60", "88.60", "12.00", "15.67"), none),
                new GoalsChange(ListChanges.none(), ListChanges.none(), new ListChanges<>(List.of(), List.of(),
                        List.of(new ParagraphChange(2, 2, new TextChange(List.of(TextEdit.equal(MEASURE_3),
                                TextEdit.insert("，定期通报进展"), TextEdit.equal("。"))))))),
                new DiffSummary(1, 1, 3, 1, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0));
        assertThat(diff).isEqualTo(expected);
        assertThat(diff.isEmpty()).isFalse();
        assertThat(DiffApplier.apply(SEED, diff)).isEqualTo(to);
    }

    @Test
    void identicalCopyHasAnEmptyDiff() {
        Disclosure copy = new Disclosure(SEED.department(), SEED.fiscalYear(), SEED.goals(), List.copyOf(SEED.projects()));

        DisclosureDiffResult diff = DisclosureDiff.compare(SEED, copy, List.of());

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.projects()).isEqualTo(ListChanges.none());
        assertThat(diff.summary()).isEqualTo(new DiffSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(diff.matches()).extracting(ProjectMatch::reason).containsOnly(MatchReason.CODE);
        assertThat(DiffApplier.apply(SEED, diff)).isEqualTo(copy);
    }

    @Test
    void rollForwardWithOnlyTheCodesYearChangedHasAnEmptyDiff() {
        Disclosure rolled = Edits.rollForward(SEED, 2026);

        DisclosureDiffResult diff = DisclosureDiff.compare(SEED, rolled, List.of());

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.fromYear()).isEqualTo(2025);
        assertThat(diff.toYear()).isEqualTo(2026);
        assertThat(diff.matches()).extracting(ProjectMatch::toCode)
                .containsExactly("13020226P008969100011", "13020226P008897100027", "13020226P00897110001T",
                        "13020226P008973100016");
        assertThat(diff.totals().isChanged()).isFalse();
        assertThat(DiffApplier.apply(SEED, diff)).isEqualTo(rolled);
    }

    private static MoneyDelta unchanged(String amount) {
        return money(amount, amount, "0.00", "0.00");
    }

    private static MoneyDelta money(String from, String to, String delta, String percent) {
        return new MoneyDelta(new BigDecimal(from), new BigDecimal(to), new BigDecimal(delta), new BigDecimal(percent));
    }
}
