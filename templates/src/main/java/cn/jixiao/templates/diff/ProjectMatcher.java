package cn.jixiao.templates.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.jixiao.templates.disclosure.Project;

/**
 * Pairs the projects of two versions, each rule only among projects left unpaired by the rules before it:
 * user overrides; the code without its year digits; 项目名称 similarity within the same unit;
 * 资金用途 similarity across the department. Similarity rules pair the most alike candidates first.
 */
final class ProjectMatcher {

    /** Names this alike (2·LCS / total length) in one unit are taken to be one project. */
    static final double NAME_FLOOR = 0.6;
    /** Purposes are longer and more formulaic than names, so they must be more alike. */
    static final double PURPOSE_FLOOR = 0.7;

    private final List<Project> from;
    private final List<Project> to;
    private final boolean[] fromTaken;
    private final boolean[] toTaken;
    private final List<ProjectMatch> matches = new ArrayList<>();

    private ProjectMatcher(List<Project> from, List<Project> to) {
        this.from = from;
        this.to = to;
        this.fromTaken = new boolean[from.size()];
        this.toTaken = new boolean[to.size()];
    }

    /** The matched pairs in the new version's order. */
    static List<ProjectMatch> match(List<Project> from, List<Project> to, List<MatchOverride> overrides) {
        ProjectMatcher m = new ProjectMatcher(from, to);
        m.applyOverrides(overrides);
        m.matchCodes();
        m.matchSimilar(MatchReason.NAME, Project::name, NAME_FLOOR, true);
        m.matchSimilar(MatchReason.PURPOSE, Project::purpose, PURPOSE_FLOOR, false);
        m.matches.sort(Comparator.comparingInt(ProjectMatch::toIndex));
        return List.copyOf(m.matches);
    }

    private void applyOverrides(List<MatchOverride> overrides) {
        Map<String, Integer> fromCodes = codes(from);
        Map<String, Integer> toCodes = codes(to);
        for (MatchOverride o : overrides) {
            Integer i = o.fromCode() == null ? null : index(fromCodes, o.fromCode(), "old");
            Integer j = o.toCode() == null ? null : index(toCodes, o.toCode(), "new");
            if (i != null) {
                take(fromTaken, i, o);
            }
            if (j != null) {
                take(toTaken, j, o);
            }
            if (i != null && j != null) {
                add(i, j, MatchReason.OVERRIDE, 1.0);
            }
        }
    }

    private void matchCodes() {
        Map<String, Deque<Integer>> byKey = new HashMap<>();
        for (int j = 0; j < to.size(); j++) {
            if (!toTaken[j]) {
                byKey.computeIfAbsent(ProjectCodes.withoutYear(to.get(j).code()), k -> new ArrayDeque<>()).add(j);
            }
        }
        for (int i = 0; i < from.size(); i++) {
            if (fromTaken[i]) {
                continue;
            }
            Deque<Integer> candidates = byKey.get(ProjectCodes.withoutYear(from.get(i).code()));
            if (candidates != null && !candidates.isEmpty()) {
                int j = candidates.poll();
                fromTaken[i] = true;
                toTaken[j] = true;
                add(i, j, MatchReason.CODE, 1.0);
            }
        }
    }

    private record Candidate(int fromIndex, int toIndex, double similarity) {}

    private void matchSimilar(MatchReason reason, Function<Project, String> text, double floor, boolean sameUnit) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            if (fromTaken[i] || text.apply(from.get(i)).isBlank()) {
                continue;
            }
            for (int j = 0; j < to.size(); j++) {
                if (toTaken[j] || text.apply(to.get(j)).isBlank()
                        || sameUnit && !from.get(i).unitCode().equals(to.get(j).unitCode())) {
                    continue;
                }
                double s = Similarity.ratio(text.apply(from.get(i)), text.apply(to.get(j)), floor);
                if (s > 0) {
                    candidates.add(new Candidate(i, j, s));
                }
            }
        }
        // most alike first; ties go to the pair closest in position, then to document order
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingInt(c -> Math.abs(c.fromIndex() - c.toIndex()))
                .thenComparingInt(Candidate::fromIndex)
                .thenComparingInt(Candidate::toIndex));
        for (Candidate c : candidates) {
            if (!fromTaken[c.fromIndex()] && !toTaken[c.toIndex()]) {
                fromTaken[c.fromIndex()] = true;
                toTaken[c.toIndex()] = true;
                add(c.fromIndex(), c.toIndex(), reason, c.similarity());
            }
        }
    }

    private void add(int i, int j, MatchReason reason, double confidence) {
        matches.add(new ProjectMatch(i, j, from.get(i).code(), to.get(j).code(), from.get(i).name(), to.get(j).name(),
                reason, confidence));
    }

    private static Map<String, Integer> codes(List<Project> projects) {
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            // a duplicated code cannot be named by an override; remember it as ambiguous
            codes.merge(projects.get(i).code(), i, (a, b) -> -1);
        }
        return codes;
    }

    private static int index(Map<String, Integer> codes, String code, String side) {
        Integer i = codes.get(code);
        if (i == null) {
            throw new IllegalArgumentException("override names project " + code + ", which is not in the " + side
                    + " version");
        }
        if (i < 0) {
            throw new IllegalArgumentException("override names project " + code
                    + ", which occurs more than once in the " + side + " version");
        }
        return i;
    }

    private static void take(boolean[] taken, int index, MatchOverride o) {
        if (taken[index]) {
            throw new IllegalArgumentException("overrides name a project twice: " + o);
        }
        taken[index] = true;
    }
}
