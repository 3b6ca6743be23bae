package cn.jixiao.templates.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.synthetic.SyntheticDistrict;

class DistrictDiffTest {

    private static final List<Disclosure> Y2025 = SyntheticDistrict.generate(3, 2025, 6, 12, 40);
    private static final List<Disclosure> Y2026 = SyntheticDistrict.generate(3, 2026, 6, 12, 40);

    @Test
    void sameDistrictNextYearIsUnchanged() {
        DistrictDiffResult result = DistrictDiff.compare(Y2025, Y2026);

        assertThat(result.departments()).extracting(DepartmentDiff::status).containsOnly(DepartmentStatus.UNCHANGED);
        assertThat(result.totals().isChanged()).isFalse();
        assertThat(result.summary()).isEqualTo(DiffSummary.NONE);
        assertThat(result.biggestProjectChanges(10)).isEmpty();
    }

    @Test
    void departmentsAddedRemovedAndChangedWithTotalsAndBiggestChanges() {
        List<Disclosure> next = new ArrayList<>(Y2026);
        Disclosure d101 = next.get(1);
        BigDecimal before = d101.projects().get(0).budget().total();
        BigDecimal after = before.add(new BigDecimal("100.00"));
        next.set(1, Edits.project(d101, 0, p -> Edits.budget(p, new Budget(after, after, null))));
        Disclosure removed = next.remove(5);
        Disclosure copied = next.get(2);
        next.add(new Disclosure(new Department("200", "新设部门", copied.department().units()), 2026, copied.goals(),
                copied.projects()));

        DistrictDiffResult result = DistrictDiff.compare(Y2025, next);

        assertThat(result.departments()).extracting(DepartmentDiff::code, DepartmentDiff::status).containsExactly(
                tuple("100", DepartmentStatus.UNCHANGED),
                tuple("101", DepartmentStatus.CHANGED),
                tuple("102", DepartmentStatus.UNCHANGED),
                tuple("103", DepartmentStatus.UNCHANGED),
                tuple("104", DepartmentStatus.UNCHANGED),
                tuple("105", DepartmentStatus.REMOVED),
                tuple("200", DepartmentStatus.ADDED));
        BigDecimal removedTotal = BudgetDelta.sum(removed.projects()).total();
        BigDecimal addedTotal = BudgetDelta.sum(copied.projects()).total();
        assertThat(result.totals().total().delta())
                .isEqualByComparingTo(new BigDecimal("100.00").subtract(removedTotal).add(addedTotal));
        assertThat(result.summary().projectsAdded()).isEqualTo(copied.projects().size());
        assertThat(result.summary().projectsRemoved()).isEqualTo(removed.projects().size());
        assertThat(result.summary().projectsMoneyChanged()).isEqualTo(1);
        assertThat(result.withStatus(DepartmentStatus.ADDED)).singleElement()
                .satisfies(d -> assertThat(d.name()).isEqualTo("新设部门"));

        List<DepartmentDiff> byDelta = result.sorted(DepartmentOrder.TOTAL_DELTA);
        assertThat(byDelta.subList(0, 3)).extracting(DepartmentDiff::code).containsExactlyInAnyOrder("105", "200", "101");
        assertThat(byDelta.get(3).totals().total().delta()).isEqualByComparingTo("0");
        assertThat(result.sorted(DepartmentOrder.TOTAL_PERCENT).get(0).code()).isIn("105", "101");
        assertThat(result.sorted(DepartmentOrder.TOTAL_PERCENT).get(6).code()).as("no percentage: last").isEqualTo("200");
        assertThat(result.sorted(DepartmentOrder.CODE)).isEqualTo(result.departments());

        List<ProjectMoneyChange> biggest = result.biggestProjectChanges(1000);
        assertThat(biggest).hasSize(1 + copied.projects().size() + removed.projects().size());
        assertThat(biggest).isSortedAccordingTo((x, y) -> y.total().delta().abs().compareTo(x.total().delta().abs()));
        assertThat(biggest).filteredOn(c -> c.departmentCode().equals("101")).singleElement().satisfies(c -> {
            assertThat(c.total().delta()).isEqualByComparingTo("100.00");
            assertThat(c.name()).isEqualTo(d101.projects().get(0).name());
        });
    }

    @Test
    void fullSyntheticDistrictWithRandomEditsIsComplete() {
        List<Disclosure> from = SyntheticDistrict.generate(42, 2025);
        List<Disclosure> to = DistrictEdits.edit(SyntheticDistrict.generate(42, 2026), 7, 5);

        DistrictDiffResult result = DistrictDiff.compare(from, to);

        assertThat(result.departments()).hasSize(80);
        for (int i = 0; i < 80; i++) {
            assertThat(DiffApplier.apply(from.get(i), result.departments().get(i).diff())).isEqualTo(to.get(i));
        }
        assertThat(result.withStatus(DepartmentStatus.CHANGED)).hasSizeGreaterThan(70);
    }

    @Test
    void rejectsADepartmentListedTwice() {
        assertThatThrownBy(() -> DistrictDiff.compare(List.of(Y2025.get(0), Y2025.get(0)), Y2026))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
    }
}
