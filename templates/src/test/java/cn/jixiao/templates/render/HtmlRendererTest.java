package cn.jixiao.templates.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed as HTML, parsed with jsoup: semantic, accessible, self-contained and complete. */
class HtmlRendererTest {

    private static String html;
    private static Document page;

    @BeforeAll
    static void render() {
        html = new HtmlRenderer().render(Seed.DISTRICT, Seed.disclosure(), HtmlRenderer.Mode.DOCUMENT);
        Seed.output("seed.html", html.getBytes(StandardCharsets.UTF_8));
        page = Jsoup.parse(html);
    }

    @Test
    void isAChinesePageWithATitleAndHeadingsOneToThree() {
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(page.title()).isEqualTo("唐山市路南区" + Seed.DEPARTMENT_NAME + "2025年度预算绩效目标");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).contains("唐山市路南区", Seed.DEPARTMENT_NAME, "2025年度预算绩效目标");
        assertThat(page.select("section > h2").eachText())
                .containsExactly("第一部分 部门整体绩效目标", "第二部分 预算项目绩效目标");
        assertThat(page.select("section > h3").eachText()).contains("一、总体绩效目标", "二、分项绩效目标", "三、工作保障措施",
                "1.督查车辆租用经费绩效目标表", "4.区12345政务服务便民热线整合优化工作经费绩效目标表");
        assertThat(page.select("h4, h5, h6")).isEmpty();
    }

    @Test
    void contentsLinkToEveryHeading() {
        Elements links = page.select("nav a[href]");
        assertThat(links).hasSize(9);
        for (Element link : links) {
            String id = link.attr("href").substring(1);
            Element target = page.getElementById(id);
            assertThat(target).as(link.text()).isNotNull();
            assertThat(target.text()).isEqualTo(link.text().replace("　", " "));
        }
    }

    @Test
    void containsEveryParagraphAndCellOfTheSeedInTheSeedsOrder() {
        Document copy = page.clone();
        copy.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
        List<String> actual = new ArrayList<>();
        for (Element element : copy.select("article > section :is(h2, h3, p, th, td)")) {
            actual.addAll(List.of(element.wholeText().split("\n", -1)));
        }
        assertThat(SeedText.firstMissingInOrder(SeedText.units(Seed.text()), actual))
                .as("first seed text missing or out of order").isNull();
    }

    @Test
    void tablesHaveCaptionsAndScopedHeaders() {
        Elements tables = page.select("table");
        assertThat(tables).hasSize(8);
        assertThat(tables).allSatisfy(t -> assertThat(t.selectFirst("caption").text()).isNotBlank());
        assertThat(page.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
        for (Element indicators : page.select("table.jx-indicators")) {
            assertThat(indicators.select("thead th[scope=col]").eachText()).containsExactly(
                    "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");
        }
        Element goal = page.selectFirst("table.jx-goal");
        assertThat(goal.select("th[scope=row]").eachText()).contains("项目编码", "项目名称", "预算规模及资金用途",
                "预算数", "其中：财政资金", "其他资金", "资金支出计划（%）", "绩效目标");
        assertThat(goal.select("th[scope=col]").eachText()).containsExactly("3月底", "6月底", "10月底", "12月底");
    }

    @Test
    void mergedCellsSpanTheirRows() {
        Element goal = page.selectFirst("table.jx-goal");
        assertThat(goal.selectFirst("th:containsOwn(预算规模及资金用途)").attr("rowspan")).isEqualTo("2");
        assertThat(goal.selectFirst("th:containsOwn(资金支出计划)").attr("rowspan")).isEqualTo("2");

        Element indicators = page.selectFirst("table.jx-indicators");
        Elements rows = indicators.select("tbody tr");
        assertThat(rows).hasSize(8);
        List<String> levelOne = new ArrayList<>();
        for (Element th : indicators.select("tbody th[rowspan]")) {
            if (List.of("产出指标", "效益指标", "满意度指标").contains(th.text())) {
                levelOne.add(th.text() + "×" + th.attr("rowspan"));
            }
        }
        assertThat(levelOne).containsExactly("产出指标×4", "效益指标×3");
        Element satisfaction = indicators.selectFirst("th:containsOwn(满意度指标)");
        assertThat(satisfaction.hasAttr("rowspan")).as("a one-row group needs no rowspan").isFalse();
        // rows inside a merged group omit the covered cells: 6 columns minus the spanned ones
        assertThat(rows.get(0).children()).hasSize(6);
        assertThat(rows.get(1).children()).hasSize(5);
    }

    @Test
    void loadsNothingFromElsewhere() {
        assertThat(page.select("script, link, iframe, object, embed, base")).isEmpty();
        assertThat(page.select("[src]")).allSatisfy(e -> assertThat(e.attr("src")).startsWith("data:"));
        assertThat(page.select("[href]")).allSatisfy(e -> assertThat(e.attr("href")).startsWith("#"));
        assertThat(page.select("[style]").eachAttr("style")).allSatisfy(s -> assertThat(s).doesNotContain("url("));
        assertThat(page.select("style").html()).doesNotContain("@import", "url(", "@font-face");
        assertThat(html).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:");
    }

    @Test
    void printRulesBreakBeforeProjectsAndKeepRowsWhole() {
        String css = page.select("style").html();
        assertThat(css).contains("@media print", ".jx-project { break-before: page; page-break-before: always; }",
                "break-inside: avoid", "thead { display: table-header-group; }");
        assertThat(page.select("section.jx-project")).hasSize(4);
        assertThat(page.select("section.jx-project")).allSatisfy(s -> assertThat(s.select("table")).hasSize(2));
    }

    @Test
    void escapesText() {
        Disclosure seed = Seed.disclosure();
        Project first = seed.projects().get(0);
        Project hostile = new Project(first.unitCode(), first.code(), "<script>alert('x')</script>&", first.budget(),
                "<img src=http://evil>", first.spendPlan(), first.goal(), first.indicators());
        List<Project> projects = new ArrayList<>(seed.projects());
        projects.set(0, hostile);
        Disclosure disclosure = new Disclosure(seed.department(), seed.fiscalYear(), seed.goals(), projects);

        String out = new HtmlRenderer().render(Seed.DISTRICT, disclosure, HtmlRenderer.Mode.DOCUMENT);
        Document parsed = Jsoup.parse(out);

        assertThat(parsed.select("script, img")).isEmpty();
        assertThat(out).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;", "&lt;img src=http://evil&gt;");
        assertThat(parsed.select("h3").eachText()).contains("1.<script>alert('x')</script>&绩效目标表");
    }

    @Test
    void fragmentModeHasNoPageWrapper() {
        String fragment = new HtmlRenderer().render(Seed.DISTRICT, Seed.disclosure(), HtmlRenderer.Mode.FRAGMENT);

        assertThat(fragment).startsWith("<article").doesNotContain("<html", "<head", "<body", "<!DOCTYPE");
        Document parsed = Jsoup.parseBodyFragment(fragment);
        Element article = parsed.body().child(0);
        assertThat(article.tagName()).isEqualTo("article");
        assertThat(article.attr("lang")).isEqualTo("zh-CN");
        assertThat(article.select("table")).hasSize(8);
        assertThat(article.select("style")).hasSize(1);
    }

    @Test
    void tenantOverridesShowInTheHtml() {
        byte[] png = TestImages.png();
        RenderOptions options = RenderOptions.defaults().withTitleOverride("2025年度部门预算绩效目标公开")
                .withFooterText("唐山市路南区财政局 发布").withLogoPng(png);

        Document parsed = Jsoup.parse(new HtmlRenderer().render(Seed.DISTRICT, Seed.disclosure(), options,
                HtmlRenderer.Mode.DOCUMENT));

        assertThat(parsed.selectFirst("h1").text()).contains("2025年度部门预算绩效目标公开")
                .doesNotContain("2025年度预算绩效目标 ");
        assertThat(parsed.selectFirst("footer").text()).isEqualTo("唐山市路南区财政局 发布");
        assertThat(parsed.selectFirst("h1 img").attr("src")).startsWith("data:image/png;base64,");
        assertThat(parsed.selectFirst("h1 img").attr("alt")).isNotBlank();
    }
}
