package cn.jixiao.templates.diff.view;

import java.util.Objects;

import cn.jixiao.templates.diff.DisclosureDiffResult;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.render.DocxRenderer;
import cn.jixiao.templates.render.RenderOptions;

/**
 * Renders a department's diff as a Word report a district can attach to its disclosure,
 * 《YYYY年度预算绩效目标较上年变化说明》: the same base template as {@link DocxRenderer} (styles, fonts, A4 page
 * setup, cover, table of contents, page numbers), with the content of
 * {@link DiffHtmlRenderer#render(District, DisclosureDiffResult)}: a summary, then side-by-side change tables
 * where insertions are underlined and deletions struck through. For PDF, pass the bytes to
 * {@link cn.jixiao.templates.render.PdfRenderer#convert(byte[])}. Thread-safe; each call loads its own template copy.
 */
public final class DiffDocxRenderer {

    /**
     * The report with the default template; the department is named by its code unless its name changed.
     *
     * @return the .docx file's bytes
     * @throws cn.jixiao.templates.render.RenderException if the template is missing or the document cannot be built
     */
    public byte[] render(District district, DisclosureDiffResult diff) {
        Objects.requireNonNull(diff, "diff");
        return render(district, DisclosureDiffLayout.departmentOf(diff), diff, RenderOptions.defaults());
    }

    /**
     * The report labelled with the department of the new version, with the tenant's footer line, logo and template
     * version. The cover title is always the report's own: {@link RenderOptions#titleOverride()} names the
     * disclosure, not this report, and is not used.
     *
     * @throws IllegalArgumentException if {@code department} is not the diff's (new) department
     */
    public byte[] render(District district, Department department, DisclosureDiffResult diff, RenderOptions options) {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(options, "options");
        return DocxDiffWriter.write(DisclosureDiffLayout.page(district, department, diff), options);
    }
}
