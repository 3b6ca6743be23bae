package cn.jixiao.templates.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Unit;

class GoalsAndDepartmentTest {

    private static final Disclosure SEED = Edits.seed();

    @Test
    void paragraphsAreAlignedByPositionAndSimilarity() {
        List<String> measures = new ArrayList<>(SEED.goals().measures());
        measures.remove(0);
        measures.add(3, "5.新增措施：建立督查台账。");
        measures.set(4, measures.get(4).replace("完善制度建设", "健全制度体系"));
        Disclosure to = Edits.goals(SEED, new DepartmentGoals(SEED.goals().overall(), SEED.goals().itemized(), measures));

        GoalsChange goals = DisclosureDiff.compare(SEED, to).goals();

        assertThat(goals.measures().removed()).containsExactly(new Removed<>(0, SEED.goals().measures().get(0)));
        assertThat(goals.measures().added()).containsExactly(new Added<>(3, "5.新增措施：建立督查台账。"));
        assertThat(goals.measures().changed()).extracting(ParagraphChange::fromIndex, ParagraphChange::toIndex)
                .containsExactly(tuple(4, 4));
        assertThat(goals.count()).isEqualTo(3);
        assertThat(DiffApplier.apply(SEED, DisclosureDiff.compare(SEED, to))).isEqualTo(to);
    }

    @Test
    void itemizedGoalsReportEachPart() {
        List<ItemizedGoal> items = new ArrayList<>(SEED.goals().itemized());
        ItemizedGoal g = items.get(2);
        items.set(2, new ItemizedGoal(g.title(), g.goal(), g.indicator().replace("大于90%", "大于95%")));
        Disclosure to = Edits.goals(SEED, new DepartmentGoals(SEED.goals().overall(), items, SEED.goals().measures()));

        ItemizedGoalChange change = DisclosureDiff.compare(SEED, to).goals().itemized().changed().get(0);

        assertThat(change.fromIndex()).isEqualTo(2);
        assertThat(change.title()).isNull();
        assertThat(change.goal()).isNull();
        assertThat(change.indicator().to()).contains("大于95%");
    }

    @Test
    void departmentNameAndUnits() {
        Department d = SEED.department();
        Department renamed = new Department(d.code(), d.name() + "（更名）",
                List.of(new Unit("202003", "唐山市路南区便民服务中心（更名）"), d.units().get(0), new Unit("202009", "新单位")));
        Disclosure to = new Disclosure(renamed, 2025, SEED.goals(), SEED.projects());

        DisclosureDiffResult diff = DisclosureDiff.compare(SEED, to);

        DepartmentChange change = diff.department();
        assertThat(change.name().edits()).containsExactly(TextEdit.equal(d.name()), TextEdit.insert("（更名）"));
        assertThat(change.units().added()).containsExactly(new Added<>(2, new Unit("202009", "新单位")));
        assertThat(change.units().changed()).extracting(UnitChange::code, UnitChange::moved)
                .containsExactlyInAnyOrder(tuple("202003", true));
        assertThat(diff.isEmpty()).isFalse();
        assertThat(DiffApplier.apply(SEED, diff)).isEqualTo(to);
    }

    @Test
    void applierRefusesADiffOfAnotherDisclosure() {
        Disclosure other = Edits.project(SEED, 0, p -> Edits.name(p, "别的项目"));
        DisclosureDiffResult diff = DisclosureDiff.compare(SEED, Edits.project(SEED, 0, p -> Edits.name(p, "新名称")));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DiffApplier.apply(other, diff))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
