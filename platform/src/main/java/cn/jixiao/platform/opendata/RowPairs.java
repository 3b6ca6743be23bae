package cn.jixiao.platform.opendata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import cn.jixiao.templates.diff.Added;
import cn.jixiao.templates.diff.ListChanges;
import cn.jixiao.templates.diff.MatchedChange;
import cn.jixiao.templates.diff.Removed;

/**
 * Every matched pair of a list diff, not only the changed ones: the diff lists added, removed and
 * changed-or-moved items, so the rest are matched, unchanged and in their relative order.
 */
final class RowPairs {

    private RowPairs() {
    }

    /** Old position by new position, for every item of the new list that has a match. */
    static Map<Integer, Integer> of(ListChanges<?, ? extends MatchedChange> changes, int fromSize, int toSize) {
        Map<Integer, Integer> pairs = new HashMap<>();
        TreeSet<Integer> from = range(fromSize);
        TreeSet<Integer> to = range(toSize);
        changes.removed().stream().map(Removed::fromIndex).forEach(from::remove);
        changes.added().stream().map(Added::toIndex).forEach(to::remove);
        for (MatchedChange c : changes.changed()) {
            pairs.put(c.toIndex(), c.fromIndex());
            from.remove(c.fromIndex());
            to.remove(c.toIndex());
        }
        List<Integer> restFrom = new ArrayList<>(from);
        List<Integer> restTo = new ArrayList<>(to);
        for (int i = 0; i < Math.min(restFrom.size(), restTo.size()); i++) {
            pairs.put(restTo.get(i), restFrom.get(i));
        }
        return pairs;
    }

    private static TreeSet<Integer> range(int size) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        return all;
    }
}
