package cn.jixiao.templates.forms;

import java.util.List;
import java.util.Objects;

/**
 * A field of a template: a built-in field bound to the disclosure model (id such as "project.name")
 * or a tenant's custom field (id without dots, value kept by id).
 *
 * @param id       field id
 * @param label    label shown to users and used in messages
 * @param type     field type
 * @param required whether a value must be given
 * @param limits   length and number limits
 * @param options  allowed values of an {@link FieldType#ENUM} field, empty otherwise
 */
public record FieldDef(String id, String label, FieldType type, boolean required, FieldLimits limits,
                       List<String> options) {
    public FieldDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        limits = limits == null ? FieldLimits.none() : limits;
        options = options == null ? List.of() : List.copyOf(options);
    }

    FieldDef withLabel(String newLabel) {
        return new FieldDef(id, newLabel, type, required, limits, options);
    }

    FieldDef withRequired(boolean newRequired) {
        return new FieldDef(id, label, type, newRequired, limits, options);
    }

    FieldDef withLimits(FieldLimits newLimits) {
        return new FieldDef(id, label, type, required, newLimits, options);
    }
}
