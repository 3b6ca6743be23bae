package cn.jixiao.templates.diff.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jixiao.templates.diff.DiffFixtures;
import cn.jixiao.templates.diff.DisclosureDiff;
import cn.jixiao.templates.diff.DisclosureDiffResult;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.render.Seed;

/** The seed's 2025 → 2026 diff as HTML, parsed with jsoup: exactly the six known edits, readable side by side. */
class DiffHtmlRendererTest {

    private static final DiffHtmlRenderer RENDERER = new DiffHtmlRenderer();

    private static String html;
    private static Document page;

    @BeforeAll
    static void render() {
        Department department = DiffFixtures.edited2026().department();
        html = RENDERER.render(Seed.DISTRICT, department, ViewFixtures.seedDiff());
        Seed.output("diff-seed.html", html.getBytes(StandardCharsets.UTF_8));
        page = Jsoup.parse(html);
    }

    @Test
    void isASelfContainedChinesePageTitledByTheReport() {
        assertThat(page.title()).isEqualTo("唐山市路南区" + Seed.DEPARTMENT_NAME + "2026年度预算绩效目标较上年变化说明");
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.select("h1").text()).contains("唐山市路南区", Seed.DEPARTMENT_NAME, "2026年度预算绩效目标较上年变化说明");
        assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.select("style").html()).contains("@media print", "del", "ins").doesNotContain("url(", "@import");
        assertThat(page.select("[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        assertThat(html).doesNotContain("\uE000", "\uE001");
    }

    @Test
    void summaryComesFirstWithTheCounts() {
        Element summary = page.selectFirst("article > section");
        assertThat(summary.selectFirst("h2").text()).isEqualTo("一、变化概况");
        assertThat(summary.selectFirst("p").text()).isEqualTo("与2025年度相比，2026年度新增项目1个、删除项目1个、调整项目3个，"
                + "部门整体绩效目标有1处变化；项目预算数合计由76.60万元增加到88.60万元（+12.00万元，+15.67%）。");
        Map<String, String> counts = counts(summary.selectFirst("table.jx-counts"));
        assertThat(counts).containsExactly(
                Map.entry("新增项目", "1"), Map.entry("新增绩效指标", "0"),
                Map.entry("删除项目", "1"), Map.entry("删除绩效指标", "0"),
                Map.entry("调整项目", "3"), Map.entry("修改绩效指标", "1"),
                Map.entry("其中：项目更名", "1"), Map.entry("目标提高", "1"),
                Map.entry("其中：调整所属单位", "0"), Map.entry("目标降低", "0"),
                Map.entry("其中：资金变化", "1"), Map.entry("资金与目标反向变化", "0"),
                Map.entry("单位变化", "0"), Map.entry("部门整体绩效目标变化", "1"));
    }

    @Test
    void summaryShowsTheDepartmentTotalsAndNoFlags() {
        Element summary = page.selectFirst("article > section");
        Element totals = summary.selectFirst("table.jx-money");
        assertThat(totals.selectFirst("caption").text()).isEqualTo("部门预算合计（单位：万元）");
        assertThat(totals.select("thead th").eachText()).containsExactly("资金", "2025年度", "2026年度", "增减额（万元）", "增减率");
        assertThat(cells(totals, "预算数")).containsExactly("76.60", "88.60", "+12.00", "+15.67%");
        assertThat(cells(totals, "其中：财政资金")).containsExactly("76.60", "88.60", "+12.00", "+15.67%");
        assertThat(cells(totals, "其他资金")).containsExactly("—", "—", "—", "—");
        assertThat(summary.select("p.jx-alert")).isEmpty();
        assertThat(summary.text()).contains("未发现资金增加而绩效目标降低、或资金减少而绩效目标提高的项目。");
    }

    @Test
    void showsExactlyTheKnownEditsAsInsertionsAndDeletions() {
        Elements article = page.select("article > section:not(:first-of-type)");
        assertThat(article.select("ins").eachText()).containsExactly("，定期通报进展", "赁", "5");
        assertThat(article.select("del").eachText()).containsExactly("用", "0");
        assertThat(page.select("article > section > h2").eachText())
                .containsExactly("一、变化概况", "二、部门整体绩效目标变化", "三、预算项目变化");
        assertThat(section("jx-projects").select("> section > h3").eachText())
                .containsExactly("（一）新增项目（1个）", "（二）删除项目（1个）", "（三）调整项目（3个）");
        assertThat(section("jx-changed").select("> section > h4").eachText())
                .containsExactly("1.督查车辆租赁经费", "2.督查专项检查经费", "3.区12345政务服务便民热线整合优化工作经费");
    }

    @Test
    void renamedProjectShowsItsOldAndNewNames() {
        Element project = section("jx-p1");
        Element info = project.selectFirst("table.jx-sides");
        assertThat(info.select("thead th").eachText()).containsExactly("内容", "2025年度", "2026年度");
        Elements name = row(info, "项目名称").select("td");
        assertThat(name.get(0).text()).isEqualTo("督查车辆租用经费");
        assertThat(name.get(0).select("del").text()).isEqualTo("用");
        assertThat(name.get(0).select("ins")).isEmpty();
        assertThat(name.get(1).text()).isEqualTo("督查车辆租赁经费");
        assertThat(name.get(1).select("ins").text()).isEqualTo("赁");
        assertThat(project.selectFirst("p.jx-note").text())
                .isEqualTo("项目编码 13020226P008969100011（上年 13020225P008969100011），匹配依据：项目编码一致。");
        assertThat(project.select("table.jx-money, table.jx-indicator-changes")).isEmpty();
    }

    @Test
    void moneyChangeShowsTheDeltaAndPercent() {
        Element project = section("jx-p2");
        Element money = project.selectFirst("table.jx-money");
        assertThat(money.selectFirst("caption").text()).isEqualTo("督查专项检查经费：资金变化（单位：万元）");
        assertThat(cells(money, "预算数")).containsExactly("13.00", "15.00", "+2.00", "+15.38%");
        assertThat(cells(money, "其中：财政资金")).containsExactly("13.00", "15.00", "+2.00", "+15.38%");
        assertThat(project.select("table.jx-sides, table.jx-indicator-changes, p.jx-alert")).isEmpty();
    }

    @Test
    void tightenedTargetShowsItsKindAndBothValues() {
        Element table = section("jx-p3").selectFirst("table.jx-indicator-changes");
        assertThat(table.select("thead th").eachText()).containsExactly("绩效指标", "变化", "2025年度", "2026年度");
        assertThat(table.select("tbody tr")).hasSize(1);
        Element row = table.selectFirst("tbody tr");
        assertThat(row.selectFirst("th[scope=row]").text()).isEqualTo("质量指标·完成数量（办结率）");
        Elements cells = row.select("td");
        assertThat(cells.eachText()).containsExactly("目标提高（+5百分比）", "≥90百分比", "≥95百分比");
        assertThat(cells.get(1).select("del").text()).isEqualTo("0");
        assertThat(cells.get(2).select("ins").text()).isEqualTo("5");
    }

    @Test
    void editedMeasureShowsTheInsertedWords() {
        Element goals = section("jx-goals");
        Elements tables = goals.select("table");
        assertThat(tables).hasSize(1);
        assertThat(tables.first().selectFirst("caption").text()).isEqualTo("工作保障措施变化");
        Elements cells = row(tables.first(), "第3段").select("td");
        assertThat(cells.get(0).text()).endsWith("做到事事有回音，件件有落实。");
        assertThat(cells.get(0).select("del")).isEmpty();
        assertThat(cells.get(1).text()).endsWith("做到事事有回音，件件有落实，定期通报进展。");
        assertThat(cells.get(1).select("ins").text()).isEqualTo("，定期通报进展");
    }

    @Test
    void addedProjectShowsItsTablesAndTheRemovedOneIsListed() {
        Element added = section("jx-added");
        assertThat(row(added.selectFirst("table.jx-projects"), null).select("td").eachText())
                .startsWith("13020226P009001100018", "民呼我应热线平台运行维护经费");
        Element project = section("jx-p4");
        assertThat(project.selectFirst("h4").text()).isEqualTo("4.民呼我应热线平台运行维护经费（新增）");
        assertThat(project.select("table.jx-goal caption").text()).isEqualTo("4.民呼我应热线平台运行维护经费绩效目标表");
        assertThat(project.select("table.jx-goal").text()).contains("202003", "20.00", "用于民呼我应热线平台日常运行维护");
        assertThat(project.select("table.jx-indicators td").eachText()).contains("平台运行天数", "≥365天", "≥90%");
        Element removed = section("jx-removed");
        assertThat(removed.select("table.jx-projects tbody tr")).hasSize(1);
        assertThat(removed.select("table.jx-projects tbody td").eachText()).contains("招商引资专项业务费", "13020225P00897110001T");
    }

    @Test
    void tablesHaveCaptionsAndScopedHeaders() {
        assertThat(page.select("table")).hasSize(10);
        assertThat(page.select("table")).allSatisfy(t -> assertThat(t.selectFirst("caption").text()).isNotBlank());
        assertThat(page.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
        assertThat(page.select("section")).allSatisfy(s -> assertThat(page.getElementById(s.attr("aria-labelledby")))
                .isNotNull());
    }

    @Test
    void emptyDiffIsAClearNoChangePage() {
        String empty = RENDERER.render(Seed.DISTRICT, ViewFixtures.emptyDiff());
        Seed.output("diff-empty.html", empty.getBytes(StandardCharsets.UTF_8));
        Document doc = Jsoup.parse(empty);

        assertThat(doc.select("h1").text()).contains("唐山市路南区", "部门编码 202", "2026年度预算绩效目标较上年变化说明");
        assertThat(doc.selectFirst("p.jx-alert").text())
                .isEqualTo("无变化：2026年度与2025年度相比，预算项目、资金、绩效指标和部门整体绩效目标均无变化。");
        assertThat(doc.select("table")).hasSize(1);
        assertThat(cells(doc.selectFirst("table.jx-money"), "预算数")).containsExactly("76.60", "76.60", "0.00", "0.00%");
        assertThat(doc.select("ins, del, h3")).isEmpty();
    }

    @Test
    void flagsMoneyUpWhileATargetWasLowered() {
        Disclosure from = DiffFixtures.seed2025();
        Disclosure to = DiffFixtures.withValue(DiffFixtures.withBudget(DiffFixtures.rolledForward(from, 2026), 1, "15.00"),
                1, from.projects().get(1).indicators().size() - 1, "≥80百分比");
        DisclosureDiffResult diff = DisclosureDiff.compare(from, to);

        Document doc = Jsoup.parse(RENDERER.render(Seed.DISTRICT, to.department(), diff));

        Element flag = doc.selectFirst("article > section p.jx-alert");
        assertThat(flag.text()).isEqualTo("资金增加但绩效目标降低：督查专项检查经费，预算数由13.00万元增加到15.00万元（+2.00万元，+15.38%）。");
        assertThat(flag.selectFirst("strong.jx-flag").text()).isEqualTo("资金增加但绩效目标降低");
        assertThat(flag.selectFirst("a").attr("href")).isEqualTo("#jx-p2");
        Element project = doc.getElementById("jx-p2").parent();
        assertThat(project.selectFirst("p.jx-alert").text()).startsWith("资金增加但绩效目标降低：预算数由13.00万元");
        assertThat(project.select("table.jx-indicator-changes td").eachText()).contains("目标降低（-10百分比）");
        assertThat(counts(doc.selectFirst("table.jx-counts"))).containsEntry("资金与目标反向变化", "1")
                .containsEntry("目标降低", "1");
    }

    @Test
    void refusesADepartmentThatIsNotTheDiffs() {
        Department other = new Department("999", "别的部门", List.of());
        assertThatThrownBy(() -> RENDERER.render(Seed.DISTRICT, other, ViewFixtures.seedDiff()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
    }

    /** The section a heading id titles. */
    private static Element section(String headingId) {
        return page.getElementById(headingId).parent();
    }

    /** Row label → value of a counts table, left pair then right pair of each row. */
    private static Map<String, String> counts(Element table) {
        Map<String, String> counts = new LinkedHashMap<>();
        for (Element tr : table.select("tbody tr")) {
            Elements labels = tr.select("th[scope=row]");
            Elements values = tr.select("td");
            for (int i = 0; i < labels.size(); i++) {
                counts.put(labels.get(i).text(), values.get(i).text());
            }
        }
        return counts;
    }

    /** The body row whose row header is {@code label}, or the first body row for {@code null}. */
    private static Element row(Element table, String label) {
        for (Element tr : table.select("tbody tr")) {
            Element th = tr.selectFirst("th[scope=row]");
            if (label == null || th != null && th.text().equals(label)) {
                return tr;
            }
        }
        throw new AssertionError("no row " + label + " in " + table.selectFirst("caption").text());
    }

    private static List<String> cells(Element table, String label) {
        return row(table, label).select("td").eachText();
    }
}
