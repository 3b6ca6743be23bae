package cn.jixiao.templates.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;

/**
 * Compares two versions of a department's disclosure: two fiscal years, or two revisions of one year.
 *
 * <p>Projects are matched across versions even though their codes carry the year: by override, by code
 * without its year digits, by name within a unit, by purpose (see {@link MatchReason}). Indicator rows are
 * matched by their levels and description, Part 1 paragraphs by position and text similarity. The result
 * is complete: {@link DiffApplier#apply} rebuilds {@code to} from {@code from} and it.
 */
public final class DisclosureDiff {

    private DisclosureDiff() {}

    /** Compares without overrides. */
    public static DisclosureDiffResult compare(Disclosure from, Disclosure to) {
        return compare(from, to, List.of());
    }

    /**
     * Compares two versions.
     *
     * @param overrides user decisions on project matching, applied before the automatic rules; may be empty
     * @throws IllegalArgumentException when an override names a code that is missing, duplicated or already named
     */
    public static DisclosureDiffResult compare(Disclosure from, Disclosure to, List<MatchOverride> overrides) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<ProjectMatch> matches = ProjectMatcher.match(from.projects(), to.projects(),
                overrides == null ? List.of() : overrides);
        Map<Integer, ProjectMatch> byToIndex = new HashMap<>();
        List<IndexPair> pairs = new ArrayList<>(matches.size());
        for (ProjectMatch m : matches) {
            byToIndex.put(m.toIndex(), m);
            pairs.add(new IndexPair(m.fromIndex(), m.toIndex()));
        }
        ListChanges<Project, ProjectChange> projects = ListDiffer.diff(from.projects(), to.projects(), pairs,
                (pair, a, b, moved) -> ProjectDiffer.diff(byToIndex.get(pair.toIndex()), a, b, moved));
        DepartmentChange department = DepartmentDiffer.diff(from.department(), to.department());
        GoalsChange goals = GoalsDiffer.diff(from.goals(), to.goals());
        return new DisclosureDiffResult(from.fiscalYear(), to.fiscalYear(), department, matches, projects,
                BudgetDelta.ofTotals(from.projects(), to.projects()), goals,
                DiffSummary.of(department, projects, goals));
    }
}
