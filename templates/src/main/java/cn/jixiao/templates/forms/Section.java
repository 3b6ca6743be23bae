package cn.jixiao.templates.forms;

import java.util.List;
import java.util.Objects;

/**
 * A section of the form with its built-in fields in display order.
 *
 * @param id     "goals", "projects", "projects.spendPlan" or "projects.indicators"
 * @param label  Chinese heading
 * @param fields fields in display order
 */
public record Section(String id, String label, List<FieldDef> fields) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        fields = List.copyOf(fields);
    }
}
