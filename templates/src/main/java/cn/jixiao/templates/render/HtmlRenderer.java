package cn.jixiao.templates.render;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import java.util.Objects;

/**
 * Renders a disclosure as HTML for the district website: semantic headings, a linked table of contents and
 * accessible tables (caption, th scope, rowspan for merged cells), inline CSS with print rules, no scripts
 * and nothing loaded from elsewhere. All text is escaped. Thread-safe.
 */
public final class HtmlRenderer {

    /** A full page, or a fragment (an {@code <article>} with its own scoped styles) to embed in a page. */
    public enum Mode { DOCUMENT, FRAGMENT }

    public String render(District district, Disclosure disclosure, Mode mode) {
        return render(district, disclosure, RenderOptions.defaults(), mode);
    }

    /** As {@link #render(District, Disclosure, Mode)}, with the tenant's title, footer line and logo. */
    public String render(District district, Disclosure disclosure, RenderOptions options, Mode mode) {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(mode, "mode");
        Cover cover = new Cover(district.name(), disclosure.department().name(),
                Cover.title(Labels.coverTitle(disclosure.fiscalYear()), options));
        return HtmlDocumentWriter.write(cover, DisclosureLayout.blocks(disclosure, 1, "", false), options, mode);
    }
}
