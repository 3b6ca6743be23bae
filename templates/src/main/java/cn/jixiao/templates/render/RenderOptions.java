package cn.jixiao.templates.render;

import java.util.Arrays;
import java.util.Objects;

/**
 * A tenant's choices for a rendered document, applied without code changes.
 *
 * @param titleOverride   replaces the cover title (default "2025年度预算绩效目标"); {@code null} keeps the default
 * @param footerText      a line printed under the page number on every body page; {@code null} for none
 * @param logoPng         PNG bytes shown at the top of the cover; {@code null} for none
 * @param templateVersion version of the base template resource ({@code render/disclosure-template-<version>.docx});
 *                        part of the cache key of anything rendered
 */
public record RenderOptions(String titleOverride, String footerText, byte[] logoPng, String templateVersion) {

    /** The template version used when none is chosen. */
    public static final String DEFAULT_TEMPLATE_VERSION = "v1";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    public RenderOptions {
        Objects.requireNonNull(templateVersion, "templateVersion");
        if (!templateVersion.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("模板版本只能含字母、数字和 ._- / bad template version: " + templateVersion);
        }
        if (logoPng != null) {
            if (logoPng.length < PNG_SIGNATURE.length
                    || !Arrays.equals(Arrays.copyOf(logoPng, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
                throw new IllegalArgumentException("徽标必须是 PNG 图片 / logo must be a PNG image");
            }
            logoPng = logoPng.clone();
        }
    }

    /** No overrides, the default template. */
    public static RenderOptions defaults() {
        return new RenderOptions(null, null, null, DEFAULT_TEMPLATE_VERSION);
    }

    public RenderOptions withTitleOverride(String title) {
        return new RenderOptions(title, footerText, logoPng, templateVersion);
    }

    public RenderOptions withFooterText(String text) {
        return new RenderOptions(titleOverride, text, logoPng, templateVersion);
    }

    public RenderOptions withLogoPng(byte[] png) {
        return new RenderOptions(titleOverride, footerText, png, templateVersion);
    }

    @Override
    public byte[] logoPng() {
        return logoPng == null ? null : logoPng.clone();
    }

    // arrays compare by identity in records; options are compared by content
    @Override
    public boolean equals(Object o) {
        return o instanceof RenderOptions other
                && Objects.equals(titleOverride, other.titleOverride)
                && Objects.equals(footerText, other.footerText)
                && Arrays.equals(logoPng, other.logoPng)
                && templateVersion.equals(other.templateVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(titleOverride, footerText, Arrays.hashCode(logoPng), templateVersion);
    }

    @Override
    public String toString() {
        return "RenderOptions[titleOverride=" + titleOverride + ", footerText=" + footerText
                + ", logoPng=" + (logoPng == null ? "none" : logoPng.length + " bytes")
                + ", templateVersion=" + templateVersion + "]";
    }
}
