package cn.jixiao.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import cn.jixiao.platform.testing.TestDisclosures;
import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;

/** The seed: projects 1–3 of unit 202001, project 4 of unit 202003. */
class EditScopeTest {

    private static final Disclosure SEED = TestDisclosures.seedWithoutErrors();
    private static final Set<String> UNIT_202003 = Set.of("202003");

    @Test
    void itsOwnProjectMayChangeAnythingElseNot() {
        assertThatCode(() -> check(withProject(3, p -> renamed(p, "新名称")))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(withProject(0, p -> renamed(p, "新名称"))))
                .isInstanceOf(OutsideUnitScopeException.class).hasMessageContaining("单位 202001");
    }

    @Test
    void anotherUnitsCodeWithANewYearIsAChangeAnAmountsScaleIsNot() {
        assertThatThrownBy(() -> check(withProject(0, p -> new Project(p.unitCode(), p.code().replace("25P", "26P"), p.name(),
                p.budget(), p.purpose(), p.spendPlan(), p.goal(), p.indicators()))))
                .isInstanceOf(OutsideUnitScopeException.class);
        assertThatCode(() -> check(withProject(0, p -> new Project(p.unitCode(), p.code(), p.name(),
                new Budget(scaled(p.budget().total()), scaled(p.budget().fiscal()), scaled(p.budget().other())), p.purpose(),
                p.spendPlan(), p.goal(), p.indicators())))).doesNotThrowAnyException();
    }

    @Test
    void changingPlacesIsNotAChange() {
        List<Project> projects = new ArrayList<>(SEED.projects());
        projects.add(0, projects.remove(3));
        assertThatCode(() -> check(new Disclosure(SEED.department(), SEED.fiscalYear(), SEED.goals(), projects)))
                .doesNotThrowAnyException();
    }

    @Test
    void theDepartmentsCustomFieldsAreNotAUnitsToChange() {
        assertThatThrownBy(() -> EditScope.check(SEED, Map.of(), SEED, Map.of("contact", "张三"), UNIT_202003))
                .isInstanceOf(OutsideUnitScopeException.class).hasMessageContaining("自定义字段");
    }

    @Test
    void theDepartmentsOwnUnitWritesPartOneAndTheCustomFieldsButNotTheDepartment() {
        Set<String> own = Set.of("202001");
        var goals = new DepartmentGoals(List.of("本级改写的总体目标"), SEED.goals().itemized(),
                SEED.goals().measures());
        Disclosure edited = new Disclosure(SEED.department(), SEED.fiscalYear(), goals, SEED.projects());
        assertThatCode(() -> EditScope.check(SEED, Map.of(), edited, Map.of("contact", "张三"), own)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EditScope.check(SEED, Map.of(), edited, Map.of(), UNIT_202003))
                .isInstanceOf(OutsideUnitScopeException.class).hasMessageContaining("第一部分");
        Disclosure renamed = new Disclosure(new Department("202", "改名的部门", SEED.department().units()),
                SEED.fiscalYear(), SEED.goals(), SEED.projects());
        assertThatThrownBy(() -> EditScope.check(SEED, Map.of(), renamed, Map.of(), own))
                .isInstanceOf(OutsideUnitScopeException.class).hasMessageContaining("部门或单位信息");
    }

    private static void check(Disclosure incoming) {
        EditScope.check(SEED, Map.of(), incoming, Map.of(), UNIT_202003);
    }

    private static Disclosure withProject(int index, UnaryOperator<Project> change) {
        List<Project> projects = new ArrayList<>(SEED.projects());
        projects.set(index, change.apply(projects.get(index)));
        return new Disclosure(SEED.department(), SEED.fiscalYear(), SEED.goals(), projects);
    }

    private static Project renamed(Project p, String name) {
        return new Project(p.unitCode(), p.code(), name, p.budget(), p.purpose(), p.spendPlan(), p.goal(), p.indicators());
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount == null ? null : amount.setScale(amount.scale() + 2);
    }
}
