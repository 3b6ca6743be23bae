package cn.jixiao.templates.diff;

import java.util.Objects;

/**
 * An item only in the new version.
 *
 * @param toIndex position in the new list
 * @param item    the item
 */
public record Added<T>(int toIndex, T item) {
    public Added {
        Objects.requireNonNull(item, "item");
    }
}
