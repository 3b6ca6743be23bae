package cn.jixiao.templates.render;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import java.util.List;
import java.util.Objects;

/**
 * Renders a department's disclosure for a year as a publication-ready Word document laid out like the seed:
 * cover, table of contents, 第一部分 部门整体绩效目标 and 第二部分 预算项目绩效目标 with one goal table and one
 * indicator table per project. Styles, page setup, cover and footer come from the versioned base template
 * chosen by {@link RenderOptions#templateVersion()}. Thread-safe; each call loads its own template copy.
 */
public final class DocxRenderer {

    /**
     * @return the .docx file's bytes
     * @throws RenderException if the template is missing or the document cannot be built
     */
    public byte[] render(District district, Disclosure disclosure, RenderOptions options) {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(options, "options");
        Cover cover = new Cover(district.name(), disclosure.department().name(),
                Cover.title(Labels.coverTitle(disclosure.fiscalYear()), options));
        List<DocumentBlock> blocks = DisclosureLayout.blocks(disclosure, 1, "", false);
        return DocxAssembler.assemble(cover, blocks, options);
    }
}
