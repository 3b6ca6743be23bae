package cn.jixiao.templates.diff;

/** A change to an item present in both versions of a list. */
public interface MatchedChange {

    /** Position in the old list. */
    int fromIndex();

    /** Position in the new list. */
    int toIndex();

    /** True when the item changed places relative to the other matched items (reported as 顺序调整). */
    boolean moved();
}
