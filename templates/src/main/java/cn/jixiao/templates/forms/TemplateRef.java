package cn.jixiao.templates.forms;

import java.util.Objects;

/**
 * Reference to one version of a template.
 *
 * @param id      template id, e.g. "platform-default"
 * @param version template version
 */
public record TemplateRef(String id, int version) {
    public TemplateRef {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }
}
