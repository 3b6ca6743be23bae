package cn.jixiao.templates.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Disclosure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The volume PDF bound from department PDFs: cover, a contents whose page numbers are where each department
 * starts, every department's pages in order, bookmarks and page labels. Needs LibreOffice (fails without it,
 * like the other PDF tests).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistrictVolumePdfTest {

    private final OfficePool pool = new OfficePool(OfficePoolSettings.defaults().withProcesses(1));
    private final List<Disclosure> disclosures = List.of(Seed.disclosure(), DistrictVolumeRendererTest.finance(),
            renamed(DistrictVolumeRendererTest.finance(), "204", "唐山市路南区审计局"));
    private final List<DepartmentPdf> departments = new ArrayList<>();
    private PDDocument volume;
    private int frontPages;

    @BeforeAll
    void assemble() throws IOException {
        PdfRenderer renderer = new PdfRenderer(pool);
        RenderOptions options = RenderOptions.defaults();
        for (Disclosure disclosure : disclosures) {
            departments.add(new DepartmentPdf(disclosure.department().code(), disclosure.department().name(),
                    renderer.render(Seed.DISTRICT, disclosure, options)));
        }
        byte[] pdf = new DistrictVolumePdf(pool).assemble(Seed.DISTRICT, 2025, departments, options);
        Seed.output("volume-assembled.pdf", pdf);
        volume = Loader.loadPDF(pdf);
        frontPages = volume.getNumberOfPages() - departments.stream().mapToInt(d -> pages(d.pdf())).sum();
    }

    @AfterAll
    void close() throws IOException {
        if (volume != null) {
            volume.close();
        }
        pool.close();
    }

    @Test
    void hasTheCoverThenTheContentsThenEveryDepartmentWhole() throws IOException {
        // front matter: the cover page and at least one contents page; everything else is the departments' pages
        assertThat(frontPages).isGreaterThanOrEqualTo(2);
        String cover = compact(text(volume, 0, 0));
        assertThat(cover).contains("唐山市路南区", "2025年度部门预算绩效目标");
        assertThat(compact(text(volume, 1, 1))).startsWith("目录");
    }

    @Test
    void contentsGivesTheVolumePageWhereEachDepartmentStarts() throws IOException {
        String contents = text(volume, 1, frontPages - 1);
        int expected = 1;
        for (DepartmentPdf department : departments) {
            Matcher entry = Pattern.compile(Pattern.quote(department.departmentName()) + "[ .·…]*?(\\d+)\\s*$", Pattern.MULTILINE)
                    .matcher(contents);
            assertThat(entry.find()).as(department.departmentName() + " in " + contents).isTrue();
            int page = Integer.parseInt(entry.group(1));
            assertThat(page).as(department.departmentName()).isEqualTo(expected);
            // that page, in the volume's numbering, is the department's first page (its cover)
            assertThat(volume.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()[frontPages + page - 1])
                    .isEqualTo(String.valueOf(page));
            assertThat(compact(text(volume, frontPages + page - 1, frontPages + page - 1)))
                    .contains(department.departmentName());
            expected += pages(department.pdf());
        }
        assertThat(contents).contains(DistrictVolumePdf.NUMBERING_NOTE.substring(0, 6));
    }

    @Test
    void everyDepartmentPageIsThereInOrder() throws IOException {
        int index = frontPages;
        for (DepartmentPdf department : departments) {
            try (PDDocument own = Loader.loadPDF(department.pdf())) {
                for (int i = 0; i < own.getNumberOfPages(); i++, index++) {
                    assertThat(text(volume, index, index)).as(department.departmentName() + " page " + (i + 1))
                            .isEqualTo(text(own, i, i));
                }
            }
        }
        assertThat(index).isEqualTo(volume.getNumberOfPages());
    }

    @Test
    void bookmarksNameEachDepartmentAtItsFirstPageWithItsProjectsUnderIt() throws IOException {
        List<PDOutlineItem> top = new ArrayList<>();
        volume.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);

        assertThat(top).extracting(PDOutlineItem::getTitle).containsExactly(DistrictVolumePdf.CONTENTS_BOOKMARK,
                Seed.DEPARTMENT_NAME, DistrictVolumeRendererTest.FINANCE, "唐山市路南区审计局");
        assertThat(pageIndex(top.get(0))).isEqualTo(1);
        int first = frontPages;
        for (int i = 0; i < departments.size(); i++) {
            PDOutlineItem department = top.get(i + 1);
            assertThat(pageIndex(department)).as(department.getTitle()).isEqualTo(first);
            List<String> under = new ArrayList<>();
            collect(department, under);
            assertThat(under).as(department.getTitle()).anyMatch(t -> t.contains("第二部分"));
            String firstProject = disclosures.get(i).projects().get(0).name();
            assertThat(under).as(department.getTitle()).anyMatch(t -> t.contains(firstProject));
            first += pages(departments.get(i).pdf());
        }
        // a project's bookmark points at the page where its heading is
        PDOutlineItem finance = top.get(2);
        PDOutlineItem project = find(finance, "预算编制评审经费");
        assertThat(compact(text(volume, pageIndex(project), pageIndex(project)))).contains("预算编制评审经费绩效目标表");
    }

    @Test
    void theCoverTakesTheDistrictsTitleAndLogo() throws IOException {
        RenderOptions options = RenderOptions.defaults().withTitleOverride("2025年度部门预算绩效目标汇编").withLogoPng(TestImages.png());
        byte[] pdf = new DistrictVolumePdf(pool).assemble(Seed.DISTRICT, 2025, departments.subList(0, 1), options);
        try (PDDocument one = Loader.loadPDF(pdf)) {
            assertThat(compact(text(one, 0, 0))).contains("唐山市路南区", "2025年度部门预算绩效目标汇编");
            assertThat(one.getPage(0).getResources().getXObjectNames()).as("the logo on the cover").isNotEmpty();
            assertThat(one.getDocumentInformation().getTitle()).isEqualTo("唐山市路南区2025年度部门预算绩效目标汇编");
        }
    }

    @Test
    void refusesAnEmptyVolumeAndADepartmentTwice() {
        DistrictVolumePdf assembler = new DistrictVolumePdf(pool);
        assertThatThrownBy(() -> assembler.assemble(Seed.DISTRICT, 2025, List.of(), RenderOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assembler.assemble(Seed.DISTRICT, 2025, List.of(departments.get(0), departments.get(0)),
                RenderOptions.defaults())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("两次");
    }

    private static Disclosure renamed(Disclosure disclosure, String code, String name) {
        Department department = new Department(code, name, disclosure.department().units());
        return new Disclosure(department, disclosure.fiscalYear(), disclosure.goals(), disclosure.projects());
    }

    private int pageIndex(PDOutlineItem item) throws IOException {
        PDPage page = item.findDestinationPage(volume);
        return volume.getPages().indexOf(page);
    }

    private static void collect(PDOutlineItem item, List<String> titles) {
        for (PDOutlineItem child : item.children()) {
            titles.add(child.getTitle());
            collect(child, titles);
        }
    }

    private static PDOutlineItem find(PDOutlineItem item, String titlePart) {
        for (PDOutlineItem child : item.children()) {
            if (child.getTitle().contains(titlePart)) {
                return child;
            }
            PDOutlineItem found = find(child, titlePart);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text of pages {@code from}..{@code to}, 0-based and inclusive. */
    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from + 1);
        stripper.setEndPage(to + 1);
        return stripper.getText(document);
    }

    private static String compact(String text) {
        return text.replaceAll("[\\s\u3000]", "");
    }
}
