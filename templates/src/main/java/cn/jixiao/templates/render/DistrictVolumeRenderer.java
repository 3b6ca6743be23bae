package cn.jixiao.templates.render;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Renders all departments' disclosures of one year as a single district volume: a cover for the district,
 * one table of contents, and each department as a part titled by its name, laid out as {@link DocxRenderer}
 * and {@link HtmlRenderer} lay out a single department. Departments appear in the order given. For PDF, pass
 * the DOCX to {@link PdfRenderer#convert(byte[])}. Thread-safe.
 */
public final class DistrictVolumeRenderer {

    /**
     * @param disclosures one per department, all of {@code fiscalYear}
     * @return the .docx file's bytes
     * @throws IllegalArgumentException if a disclosure is of another year or a department appears twice
     */
    public byte[] renderDocx(District district, int fiscalYear, List<Disclosure> disclosures, RenderOptions options) {
        check(district, fiscalYear, disclosures, options);
        return DocxAssembler.assemble(cover(district, fiscalYear, options), DisclosureLayout.volume(disclosures),
                options);
    }

    /** The volume as HTML; see {@link #renderDocx} for the arguments. */
    public String renderHtml(District district, int fiscalYear, List<Disclosure> disclosures, RenderOptions options,
            HtmlRenderer.Mode mode) {
        check(district, fiscalYear, disclosures, options);
        Objects.requireNonNull(mode, "mode");
        return HtmlDocumentWriter.write(cover(district, fiscalYear, options), DisclosureLayout.volume(disclosures),
                options, mode);
    }

    static Cover cover(District district, int fiscalYear, RenderOptions options) {
        return new Cover(district.name(), null, Cover.title(Labels.volumeTitle(fiscalYear), options));
    }

    private static void check(District district, int fiscalYear, List<Disclosure> disclosures, RenderOptions options) {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(disclosures, "disclosures");
        Objects.requireNonNull(options, "options");
        Set<String> departments = new HashSet<>();
        for (Disclosure disclosure : disclosures) {
            if (disclosure.fiscalYear() != fiscalYear) {
                throw new IllegalArgumentException("部门 " + disclosure.department().code() + " 的公开年度是 "
                        + disclosure.fiscalYear() + "，不是 " + fiscalYear + " / disclosure of department "
                        + disclosure.department().code() + " is for " + disclosure.fiscalYear() + ", not " + fiscalYear);
            }
            if (!departments.add(disclosure.department().code())) {
                throw new IllegalArgumentException("部门 " + disclosure.department().code() + " 出现了两次 / department "
                        + disclosure.department().code() + " appears twice");
            }
        }
    }
}
