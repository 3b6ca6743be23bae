package cn.jixiao.templates.forms;

import java.util.List;

/**
 * A field that differs between two template versions.
 *
 * @param kind    added, removed or changed
 * @param fieldId field id (built-in or custom)
 * @param label   its label in the newer version (the older one when removed)
 * @param details what changed, in Chinese, e.g. "必填：否 → 是"
 */
public record FieldChange(ChangeKind kind, String fieldId, String label, List<String> details) {
    public FieldChange {
        details = List.copyOf(details);
    }
}
