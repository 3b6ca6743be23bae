package cn.jixiao.templates.diff;

import java.util.List;

/**
 * Changes between two versions of a list (projects, indicator rows, paragraphs…). Matched items that
 * did not change are not listed.
 *
 * @param added   items only in the new version, by new position
 * @param removed items only in the old version, by old position
 * @param changed matched items that changed or moved, by new position
 */
public record ListChanges<T, C extends MatchedChange>(List<Added<T>> added, List<Removed<T>> removed, List<C> changed) {

    public ListChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** No change at all. */
    public static <T, C extends MatchedChange> ListChanges<T, C> none() {
        return new ListChanges<>(List.of(), List.of(), List.of());
    }

    /** True when the lists hold the same items in the same order. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Added, removed and changed items together. */
    public int count() {
        return added.size() + removed.size() + changed.size();
    }
}
