package cn.jixiao.platform.diff;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.templates.diff.BudgetDelta;
import cn.jixiao.templates.diff.DepartmentDiff;
import cn.jixiao.templates.diff.DepartmentOrder;
import cn.jixiao.templates.diff.DiffSummary;
import cn.jixiao.templates.diff.ProjectMoneyChange;
import cn.jixiao.templates.diff.DisclosureDiffResult;
import cn.jixiao.templates.diff.DistrictDiffResult;
import cn.jixiao.templates.diff.MatchOverride;

/** Diffs as JSON: a department between two versions, the district between two years, and matching overrides. */
@RestController
class DiffsController {

    private final Diffs diffs;

    DiffsController(Diffs diffs) {
        this.diffs = diffs;
    }

    /** {@code from}/{@code to}: a year (current revision) or a year with a revision, e.g. {@code 2025r2}. */
    @GetMapping("/api/v1/diffs")
    DisclosureDiffResult diff(@RequestParam String dept, @RequestParam String from, @RequestParam String to) {
        return diffs.compare(dept, VersionRef.parse(from), VersionRef.parse(to));
    }

    /** Replaces the matching decisions for the department and the two versions' years; returns the diff under them. */
    @PutMapping("/api/v1/diffs/overrides")
    DisclosureDiffResult overrides(@RequestParam String dept, @RequestParam String from, @RequestParam String to,
                                   @RequestBody List<OverrideInput> decisions) {
        return diffs.setOverrides(dept, VersionRef.parse(from), VersionRef.parse(to),
                decisions.stream().map(OverrideInput::toOverride).toList());
    }

    @GetMapping("/api/v1/district-diffs")
    DistrictView district(@RequestParam int from, @RequestParam int to,
                          @RequestParam(defaultValue = "TOTAL_DELTA") DepartmentOrder order) {
        DistrictDiffResult result = diffs.district(from, to);
        return new DistrictView(from, to, order, result.totals(), result.summary(), result.sorted(order),
                result.biggestProjectChanges(20));
    }

    record OverrideInput(String fromCode, String toCode) {
        MatchOverride toOverride() {
            try {
                return new MatchOverride(blankToNull(fromCode), blankToNull(toCode));
            } catch (IllegalArgumentException e) {
                throw new InvalidOverrideException("每条设定至少要给出 fromCode 或 toCode");
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    record DistrictView(int fromYear, int toYear, DepartmentOrder order, BudgetDelta totals, DiffSummary summary,
                        List<DepartmentDiff> departments, List<ProjectMoneyChange> biggestProjectChanges) {
    }
}
