package cn.jixiao.templates.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** All departments of a year in one volume: district cover, one contents, each department a part. */
class DistrictVolumeRendererTest {

    static final String FINANCE = "唐山市路南区财政局";

    private final DistrictVolumeRenderer renderer = new DistrictVolumeRenderer();

    /** A second department made from the seed's first project, so the volume has two parts. */
    static Disclosure finance() {
        Project seedProject = Seed.disclosure().projects().get(0);
        Project project = new Project("203001", "13020225P000000000001", "预算编制评审经费", seedProject.budget(),
                "用于预算评审", seedProject.spendPlan(), "按时完成预算评审", seedProject.indicators());
        DepartmentGoals goals = new DepartmentGoals(List.of("做好全区财政预算管理工作。"),
                List.of(new ItemizedGoal("预算管理", "按时编制预算。", "预算编制及时率大于95%。")),
                List.of("1.加强组织领导。"));
        return new Disclosure(new Department("203", FINANCE, List.of(new Unit("203001", FINANCE + "本级"))), 2025,
                goals, List.of(project));
    }

    @Test
    void docxHasTheDistrictCoverAndEachDepartmentAsAPart() throws Exception {
        byte[] docx = renderer.renderDocx(Seed.DISTRICT, 2025, List.of(Seed.disclosure(), finance()),
                RenderOptions.defaults());
        Seed.output("volume.docx", docx);
        WordprocessingMLPackage document = DocxReader.load(docx);
        List<Object> body = DocxReader.bodyWithoutToc(document);
        List<String> units = DocxReader.units(body);

        assertThat(units.subList(0, 2)).containsExactly("唐山市路南区", "2025年度部门预算绩效目标");
        assertThat(headings(body, "Heading1")).containsExactly(Seed.DEPARTMENT_NAME, FINANCE);
        assertThat(headings(body, "Heading2")).containsExactly("第一部分\n部门整体绩效目标", "第二部分\n预算项目绩效目标",
                "第一部分\n部门整体绩效目标", "第二部分\n预算项目绩效目标");
        assertThat(DocxReader.tables(body)).hasSize(10);
        assertThat(SeedText.firstMissingInOrder(SeedText.units(Seed.text()), units)).isNull();
        assertThat(units.subList(units.indexOf(FINANCE), units.size())).contains("预算编制评审经费", "用于预算评审");
        String toc = XmlUtils.marshaltoString(DocxReader.toc(document));
        assertThat(toc).contains("TOC \\o \"1-3\"", Seed.DEPARTMENT_NAME, FINANCE);
    }

    @Test
    void volumeConvertsToPdf() {
        byte[] docx = renderer.renderDocx(Seed.DISTRICT, 2025, List.of(Seed.disclosure(), finance()),
                RenderOptions.defaults());

        byte[] pdf = new PdfRenderer().convert(docx);
        Seed.output("volume.pdf", pdf);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void htmlHasOneSectionPerDepartmentWithUniqueIds() {
        String html = renderer.renderHtml(Seed.DISTRICT, 2025, List.of(Seed.disclosure(), finance()),
                RenderOptions.defaults(), HtmlRenderer.Mode.DOCUMENT);
        Seed.output("volume.html", html.getBytes(StandardCharsets.UTF_8));
        Document page = Jsoup.parse(html);

        assertThat(page.selectFirst("h1").text()).contains("唐山市路南区", "2025年度部门预算绩效目标");
        assertThat(page.select("section.jx-department > h2").eachText()).containsExactly(Seed.DEPARTMENT_NAME, FINANCE);
        assertThat(page.select("section.jx-department")).allSatisfy(d -> assertThat(d.select("section.jx-part")).hasSize(2));
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(page.select("table")).hasSize(10);
        assertThat(page.select("nav a")).hasSize(2 + 2 * 5 + 4 + 1);
    }

    @Test
    void refusesMixedYearsAndRepeatedDepartments() {
        Disclosure seed = Seed.disclosure();
        Disclosure lastYear = new Disclosure(seed.department(), 2024, seed.goals(), seed.projects());

        assertThatThrownBy(() -> renderer.renderDocx(Seed.DISTRICT, 2025, List.of(seed, lastYear), RenderOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024");
        assertThatThrownBy(() -> renderer.renderHtml(Seed.DISTRICT, 2025, List.of(seed, seed), RenderOptions.defaults(),
                HtmlRenderer.Mode.FRAGMENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("202");
    }

    private static List<String> headings(List<Object> body, String style) {
        return body.stream()
                .map(XmlUtils::unwrap)
                .filter(o -> o instanceof P p && p.getPPr() != null && p.getPPr().getPStyle() != null
                        && style.equals(p.getPPr().getPStyle().getVal()))
                .map(DocxReader::text)
                .toList();
    }
}
