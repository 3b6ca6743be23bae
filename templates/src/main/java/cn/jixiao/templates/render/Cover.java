package cn.jixiao.templates.render;

import java.util.Objects;

/**
 * The cover's lines.
 *
 * @param district   e.g. "唐山市路南区"
 * @param department department name, {@code null} on a district volume
 * @param title      e.g. "2025年度预算绩效目标"
 */
public record Cover(String district, String department, String title) {
    public Cover {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(title, "title");
    }

    /** The default title, or the tenant's override when it has one. */
    static String title(String defaultTitle, RenderOptions options) {
        String override = options.titleOverride();
        return override == null || override.isBlank() ? defaultTitle : override;
    }

    /** The whole cover on one line, for document properties and the HTML title. */
    public String oneLine() {
        return department == null ? district + title : district + department + title;
    }
}
