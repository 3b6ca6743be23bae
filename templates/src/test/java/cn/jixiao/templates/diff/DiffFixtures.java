package cn.jixiao.templates.diff;

import java.math.BigDecimal;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Disclosure;

/** The diff tests' seed scenario and edits, for tests of other packages (the diff views). */
public final class DiffFixtures {

    private DiffFixtures() {}

    /** The 2025 seed of department 202. */
    public static Disclosure seed2025() {
        return Edits.seed();
    }

    /** {@link SeedScenario#edited2026()}: the seed in 2026 with known edits. */
    public static Disclosure edited2026() {
        return SeedScenario.edited2026();
    }

    /** The seed in another year and nothing else changed. */
    public static Disclosure rolledForward(Disclosure d, int year) {
        return Edits.rollForward(d, year);
    }

    /** The same disclosure filed by another department. */
    public static Disclosure asDepartment(Disclosure d, String code, String name) {
        return new Disclosure(new Department(code, name, d.department().units()), d.fiscalYear(), d.goals(),
                d.projects());
    }

    /** {@code d} with one project's 预算数 and 财政资金 set to {@code amount}. */
    public static Disclosure withBudget(Disclosure d, int project, String amount) {
        BigDecimal value = new BigDecimal(amount);
        return Edits.project(d, project, p -> Edits.budget(p, new Budget(value, value, p.budget().other())));
    }

    /** {@code d} with one indicator value rewritten. */
    public static Disclosure withValue(Disclosure d, int project, int row, String value) {
        return Edits.project(d, project, p -> Edits.indicator(p, row, r -> Edits.value(r, value)));
    }
}
