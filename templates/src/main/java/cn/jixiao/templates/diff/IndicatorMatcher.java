package cn.jixiao.templates.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.templates.disclosure.Indicator;

/**
 * Pairs the indicator rows of two versions of a project: first rows with the same 一级/二级/三级指标 and
 * description, then rows with the same three levels by description similarity (any: the levels already
 * agree), then rows with the same 一级/二级 whose descriptions are at least {@link #DESCRIPTION_FLOOR} alike
 * (a renamed 三级指标). Rows left over are added or removed.
 */
final class IndicatorMatcher {

    static final double DESCRIPTION_FLOOR = 0.6;

    private final List<Indicator> from;
    private final List<Indicator> to;
    private final boolean[] fromTaken;
    private final boolean[] toTaken;
    private final List<IndexPair> pairs = new ArrayList<>();

    private IndicatorMatcher(List<Indicator> from, List<Indicator> to) {
        this.from = from;
        this.to = to;
        this.fromTaken = new boolean[from.size()];
        this.toTaken = new boolean[to.size()];
    }

    static List<IndexPair> match(List<Indicator> from, List<Indicator> to) {
        IndicatorMatcher m = new IndicatorMatcher(from, to);
        m.matchExact();
        m.matchSimilar(true, 0.0);
        m.matchSimilar(false, DESCRIPTION_FLOOR);
        return m.pairs;
    }

    private record Key(String level1, String level2, String level3, String description) {}

    private void matchExact() {
        Map<Key, Deque<Integer>> byKey = new HashMap<>();
        for (int j = 0; j < to.size(); j++) {
            byKey.computeIfAbsent(key(to.get(j)), k -> new ArrayDeque<>()).add(j);
        }
        for (int i = 0; i < from.size(); i++) {
            Deque<Integer> candidates = byKey.get(key(from.get(i)));
            if (candidates != null && !candidates.isEmpty()) {
                take(i, candidates.poll());
            }
        }
    }

    private record Candidate(int fromIndex, int toIndex, double similarity) {}

    private void matchSimilar(boolean sameLevel3, double floor) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            if (fromTaken[i]) {
                continue;
            }
            Indicator a = from.get(i);
            for (int j = 0; j < to.size(); j++) {
                Indicator b = to.get(j);
                if (toTaken[j] || !a.level1().equals(b.level1()) || !a.level2().equals(b.level2())
                        || sameLevel3 && !a.level3().equals(b.level3())) {
                    continue;
                }
                double s = Similarity.ratio(a.description(), b.description(), floor);
                if (s > 0 || sameLevel3) {
                    candidates.add(new Candidate(i, j, s));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingInt(c -> Math.abs(c.fromIndex() - c.toIndex()))
                .thenComparingInt(Candidate::fromIndex)
                .thenComparingInt(Candidate::toIndex));
        for (Candidate c : candidates) {
            if (!fromTaken[c.fromIndex()] && !toTaken[c.toIndex()]) {
                take(c.fromIndex(), c.toIndex());
            }
        }
    }

    private void take(int i, int j) {
        fromTaken[i] = true;
        toTaken[j] = true;
        pairs.add(new IndexPair(i, j));
    }

    private static Key key(Indicator r) {
        return new Key(r.level1(), r.level2(), r.level3(), r.description());
    }
}
