package cn.jixiao.templates.render;

import cn.jixiao.templates.disclosure.District;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The district volume as PDF, bound from the departments' own PDFs instead of laying the whole volume out again
 * (one 1,500-project layout takes LibreOffice minutes; the department PDFs are usually stored already). The
 * volume is: a cover and a contents (rendered as DOCX through the same {@link PdfConverter}, so they look like
 * the rest), then each department's PDF whole, in the order given.
 *
 * <p>Numbering: the department PDFs keep their printed footers, numbered from 1 in each department's body.
 * The volume numbers its pages through PDF page labels instead: the cover and contents i, ii, …, then 1, 2, …
 * through all departments; the contents lists each department's first page in that numbering, which is what a
 * viewer shows and jumps to. Because the front matter has numbering of its own, the departments' page numbers
 * do not depend on how many pages the contents takes, so one rendering of the contents is enough.
 *
 * <p>Bookmarks: one per department (its first page), holding that department's own bookmarks (its parts and
 * projects, as LibreOffice exported them from the headings). Thread-safe.
 */
public final class DistrictVolumePdf {

    static final String CONTENTS_BOOKMARK = "目录";
    static final String NUMBERING_NOTE = "注：页码为汇编页码（阅读器中显示的页码）；各部门页脚的页码自该部门正文第1页起编。";

    private final PdfConverter converter;

    public DistrictVolumePdf(PdfConverter converter) {
        this.converter = Objects.requireNonNull(converter, "converter");
    }

    /**
     * @param departments each department's PDF, in the volume's order
     * @return the volume PDF's bytes
     * @throws IllegalArgumentException if there is no department, one appears twice, or a PDF cannot be read
     * @throws RenderException          if the front matter's conversion or the assembly fails
     */
    public byte[] assemble(District district, int fiscalYear, List<DepartmentPdf> departments, RenderOptions options) {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(departments, "departments");
        Objects.requireNonNull(options, "options");
        check(departments);
        List<PDDocument> opened = new ArrayList<>();
        try {
            List<Part> parts = new ArrayList<>();
            int firstPage = 1;
            for (DepartmentPdf department : departments) {
                PDDocument pdf = load(department);
                opened.add(pdf);
                parts.add(new Part(department, pdf, firstPage, Bookmark.read(pdf)));
                firstPage += pdf.getNumberOfPages();
            }
            Cover cover = DistrictVolumeRenderer.cover(district, fiscalYear, options);
            PDDocument volume = Loader.loadPDF(converter.convert(frontMatter(cover, parts, options)));
            opened.add(volume);
            int frontPages = volume.getNumberOfPages();

            PDFMergerUtility merger = new PDFMergerUtility();
            for (Part part : parts) {
                merger.appendDocument(volume, part.pdf());
            }
            PDDocumentCatalog catalog = volume.getDocumentCatalog();
            catalog.setDocumentOutline(outline(volume, frontPages, parts));
            catalog.setPageLabels(labels(volume, frontPages));
            catalog.setPageMode(PageMode.USE_OUTLINES);
            catalog.setLanguage("zh-CN");
            volume.getDocumentInformation().setTitle(cover.oneLine());

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            volume.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RenderException("无法合成汇编 PDF / cannot assemble the volume PDF: " + e.getMessage(), e);
        } finally {
            for (PDDocument pdf : opened) {
                closeQuietly(pdf);
            }
        }
    }

    /** The cover and a contents of the departments with their first pages in the volume's numbering. */
    private static byte[] frontMatter(Cover cover, List<Part> parts, RenderOptions options) {
        List<ContentsEntry> entries = new ArrayList<>();
        for (Part part : parts) {
            entries.add(new ContentsEntry(1, part.department().departmentName(), String.valueOf(part.firstPage())));
        }
        List<Object> contents = new ArrayList<>(DocxTocWriter.writeKnown(entries));
        contents.add(Wml.paragraph(DocxStyles.BODY));
        org.docx4j.wml.P note = Wml.paragraph(DocxStyles.BODY);
        note.getContent().add(Wml.run(NUMBERING_NOTE));
        contents.add(note);
        return DocxAssembler.frontMatter(cover, contents, options);
    }

    private static PDDocumentOutline outline(PDDocument volume, int frontPages, List<Part> parts) {
        PDDocumentOutline outline = new PDDocumentOutline();
        if (frontPages > 1) {
            outline.addLast(item(CONTENTS_BOOKMARK, volume.getPage(1), null));
        }
        for (Part part : parts) {
            int offset = frontPages + part.firstPage() - 1;
            PDOutlineItem department = item(part.department().departmentName(), volume.getPage(offset), null);
            add(department, part.bookmarks(), volume, offset);
            outline.addLast(department);
        }
        return outline;
    }

    private static void add(PDOutlineNode parent, List<Bookmark> bookmarks, PDDocument volume, int offset) {
        for (Bookmark bookmark : bookmarks) {
            PDOutlineItem item = item(bookmark.title(), volume.getPage(offset + bookmark.pageIndex()), bookmark.top());
            add(item, bookmark.children(), volume, offset);
            parent.addLast(item);
        }
    }

    private static PDOutlineItem item(String title, PDPage page, Integer top) {
        PDPageDestination destination;
        if (top == null) {
            destination = new PDPageFitDestination();
        } else {
            PDPageXYZDestination xyz = new PDPageXYZDestination();
            xyz.setTop(top);
            destination = xyz;
        }
        destination.setPage(page);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }

    /** Front matter i, ii, …; the departments 1, 2, … straight through. */
    private static PDPageLabels labels(PDDocument volume, int frontPages) {
        PDPageLabels labels = new PDPageLabels(volume);
        PDPageLabelRange front = new PDPageLabelRange();
        front.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
        labels.setLabelItem(0, front);
        PDPageLabelRange body = new PDPageLabelRange();
        body.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        body.setStart(1);
        labels.setLabelItem(frontPages, body);
        return labels;
    }

    private static PDDocument load(DepartmentPdf department) {
        try {
            PDDocument pdf = Loader.loadPDF(department.pdf());
            if (pdf.getNumberOfPages() == 0) {
                pdf.close();
                throw new IllegalArgumentException("部门 " + department.departmentCode() + " 的 PDF 没有页面 / the PDF of department "
                        + department.departmentCode() + " has no page");
            }
            return pdf;
        } catch (IOException e) {
            throw new IllegalArgumentException("部门 " + department.departmentCode() + " 的 PDF 无法读取 / cannot read the PDF of department "
                    + department.departmentCode() + ": " + e.getMessage(), e);
        }
    }

    private static void check(List<DepartmentPdf> departments) {
        if (departments.isEmpty()) {
            throw new IllegalArgumentException("汇编至少要有一个部门 / a volume needs at least one department");
        }
        Set<String> codes = new HashSet<>();
        for (DepartmentPdf department : departments) {
            if (!codes.add(department.departmentCode())) {
                throw new IllegalArgumentException("部门 " + department.departmentCode() + " 出现了两次 / department "
                        + department.departmentCode() + " appears twice");
            }
        }
    }

    private static void closeQuietly(PDDocument pdf) {
        try {
            pdf.close();
        } catch (IOException e) {
            // nothing was written through it; the bytes are already out or the assembly failed anyway
        }
    }

    /** A department's PDF, opened, with its first page in the volume's numbering (1 for the first department). */
    private record Part(DepartmentPdf department, PDDocument pdf, int firstPage, List<Bookmark> bookmarks) {
    }

    /** A bookmark of a department PDF, read before the merge: its page by index, as pages are copied in order. */
    private record Bookmark(String title, int pageIndex, Integer top, List<Bookmark> children) {

        static List<Bookmark> read(PDDocument pdf) throws IOException {
            PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
            return outline == null ? List.of() : read(pdf, outline);
        }

        private static List<Bookmark> read(PDDocument pdf, PDOutlineNode node) throws IOException {
            List<Bookmark> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : node.children()) {
                PDPage page = item.findDestinationPage(pdf);
                List<Bookmark> children = read(pdf, item);
                if (page == null) {
                    bookmarks.addAll(children); // a bookmark without a page in this file: keep what is under it
                    continue;
                }
                Integer top = destination(item) instanceof PDPageXYZDestination xyz && xyz.getTop() >= 0 ? xyz.getTop() : null;
                bookmarks.add(new Bookmark(item.getTitle(), pdf.getPages().indexOf(page), top, children));
            }
            return bookmarks;
        }

        /** Where a bookmark points: its own destination or its GoTo action's (LibreOffice writes either). */
        private static PDDestination destination(PDOutlineItem item) throws IOException {
            if (item.getDestination() != null) {
                return item.getDestination();
            }
            return item.getAction() instanceof PDActionGoTo goTo ? goTo.getDestination() : null;
        }
    }
}
