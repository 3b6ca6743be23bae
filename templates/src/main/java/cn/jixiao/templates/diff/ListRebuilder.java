package cn.jixiao.templates.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Applies {@link ListChanges} to the old list. Items that neither moved nor were removed keep their
 * relative order, so the new list is them (changed where reported) with added and moved items inserted at
 * their new positions, lowest first.
 */
final class ListRebuilder {

    /** What becomes of a matched item with no reported change. */
    @FunctionalInterface
    interface Keep<T> {
        T keep(int fromIndex, T item);

        static <T> Keep<T> asIs() {
            return (i, item) -> item;
        }
    }

    private ListRebuilder() {}

    /**
     * @param unchanged what happens to a matched item with no reported change (projects: the code's new year)
     * @param apply     applies a reported change to the old item
     */
    static <T, C extends MatchedChange> List<T> rebuild(List<T> from, ListChanges<T, C> changes,
                                                        Keep<T> unchanged, BiFunction<T, C, T> apply) {
        Set<Integer> removed = new HashSet<>();
        for (Removed<T> r : changes.removed()) {
            check(r.fromIndex() < from.size() && from.get(r.fromIndex()).equals(r.item()),
                    "removed item " + r.fromIndex());
            removed.add(r.fromIndex());
        }
        Map<Integer, C> changedByFrom = new HashMap<>();
        record Insert<T>(int toIndex, T item) {}
        List<Insert<T>> inserts = new ArrayList<>();
        for (C c : changes.changed()) {
            check(c.fromIndex() < from.size() && !removed.contains(c.fromIndex())
                    && changedByFrom.put(c.fromIndex(), c) == null, "changed item " + c.fromIndex());
            if (c.moved()) {
                inserts.add(new Insert<>(c.toIndex(), apply.apply(from.get(c.fromIndex()), c)));
            }
        }
        for (Added<T> a : changes.added()) {
            inserts.add(new Insert<>(a.toIndex(), a.item()));
        }
        List<T> result = new ArrayList<>(from.size() + changes.added().size());
        for (int i = 0; i < from.size(); i++) {
            C c = changedByFrom.get(i);
            if (removed.contains(i) || c != null && c.moved()) {
                continue;
            }
            result.add(c == null ? unchanged.keep(i, from.get(i)) : apply.apply(from.get(i), c));
        }
        inserts.sort(Comparator.comparingInt(Insert::toIndex));
        for (Insert<T> insert : inserts) {
            check(insert.toIndex() <= result.size(), "position " + insert.toIndex());
            result.add(insert.toIndex(), insert.item());
        }
        return result;
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("the diff does not fit this disclosure: " + what);
        }
    }
}
