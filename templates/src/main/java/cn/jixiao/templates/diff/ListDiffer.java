package cn.jixiao.templates.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns matched positions of two lists into {@link ListChanges}; the caller says what a matched change is. */
final class ListDiffer {

    /** The change of one matched pair, or {@code null} when it is unchanged and did not move. */
    @FunctionalInterface
    interface ChangeOf<T, C> {
        C change(IndexPair pair, T from, T to, boolean moved);
    }

    private ListDiffer() {}

    static <T, C extends MatchedChange> ListChanges<T, C> diff(List<T> from, List<T> to, List<IndexPair> pairs,
                                                               ChangeOf<T, C> changeOf) {
        List<IndexPair> ordered = new ArrayList<>(pairs);
        ordered.sort(Comparator.comparingInt(IndexPair::toIndex));
        boolean[] moved = Reordering.moved(ordered);
        boolean[] fromMatched = new boolean[from.size()];
        boolean[] toMatched = new boolean[to.size()];
        List<C> changed = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            IndexPair pair = ordered.get(i);
            fromMatched[pair.fromIndex()] = true;
            toMatched[pair.toIndex()] = true;
            C change = changeOf.change(pair, from.get(pair.fromIndex()), to.get(pair.toIndex()), moved[i]);
            if (change != null) {
                changed.add(change);
            }
        }
        List<Removed<T>> removed = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            if (!fromMatched[i]) {
                removed.add(new Removed<>(i, from.get(i)));
            }
        }
        List<Added<T>> added = new ArrayList<>();
        for (int j = 0; j < to.size(); j++) {
            if (!toMatched[j]) {
                added.add(new Added<>(j, to.get(j)));
            }
        }
        return new ListChanges<>(added, removed, changed);
    }
}
