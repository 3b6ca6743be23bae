package cn.jixiao.templates.diff;

import java.util.Objects;

/**
 * An item only in the old version.
 *
 * @param fromIndex position in the old list
 * @param item      the item
 */
public record Removed<T>(int fromIndex, T item) {
    public Removed {
        Objects.requireNonNull(item, "item");
    }
}
