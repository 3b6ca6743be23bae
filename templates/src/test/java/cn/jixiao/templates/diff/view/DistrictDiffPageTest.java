package cn.jixiao.templates.diff.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import cn.jixiao.templates.diff.DepartmentOrder;
import cn.jixiao.templates.diff.DiffFixtures;
import cn.jixiao.templates.diff.DistrictDiff;
import cn.jixiao.templates.diff.DistrictDiffResult;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.render.Seed;

/**
 * The district page of four departments: 201 spent 5.00 less, 202 is the seed scenario (+12.00), 203 closed
 * (−76.60) and 204 is new (+76.60). Each order lists them differently.
 */
class DistrictDiffPageTest {

    private static final DiffHtmlRenderer RENDERER = new DiffHtmlRenderer();
    private static final DistrictDiffResult DIFF = district();

    private static DistrictDiffResult district() {
        Disclosure seed = DiffFixtures.seed2025();
        Disclosure audit = DiffFixtures.asDepartment(seed, "201", "区审计局");
        Disclosure closed = DiffFixtures.asDepartment(seed, "203", "区撤并办公室");
        Disclosure opened = DiffFixtures.asDepartment(DiffFixtures.rolledForward(seed, 2026), "204", "区新设服务中心");
        Disclosure audit2026 = DiffFixtures.withBudget(DiffFixtures.rolledForward(audit, 2026), 1, "8.00");
        return DistrictDiff.compare(List.of(audit, seed, closed), List.of(audit2026, DiffFixtures.edited2026(), opened));
    }

    private static Document render(DepartmentOrder order) {
        String html = RENDERER.renderDistrict(Seed.DISTRICT, DIFF, order);
        Seed.output("diff-district-" + order.name().toLowerCase() + ".html", html.getBytes(StandardCharsets.UTF_8));
        return Jsoup.parse(html);
    }

    private static List<String> departmentCodes(Document page) {
        return page.select("table.jx-departments tbody tr").stream().map(tr -> tr.select("td").get(1).text()).toList();
    }

    @Test
    void listsDepartmentsByTheBiggestMoneyChange() {
        Document page = render(DepartmentOrder.TOTAL_DELTA);

        assertThat(departmentCodes(page)).containsExactly("203", "204", "202", "201");
        assertThat(page.selectFirst("table.jx-departments caption").text())
                .isEqualTo("各部门预算及变化（按预算数增减额（绝对值从大到小）排序，单位：万元）");
        List<String> seedRow = page.select("table.jx-departments tbody tr").get(2).select("td").eachText();
        assertThat(seedRow).containsExactly("3", "202", "中共唐山市路南区委唐山市路南区人民政府督查室", "有变化", "76.60", "88.60",
                "+12.00", "+15.67%", "1／1／3", "1／0", "0");
        assertThat(page.select("table.jx-departments tbody tr").get(0).select("td").eachText())
                .containsSequence("区撤并办公室", "减少部门", "76.60", "—", "-76.60", "-100.00%", "0／4／0");
        assertThat(page.select("table.jx-departments tbody tr").get(1).select("td").eachText())
                .containsSequence("区新设服务中心", "新增部门", "—", "76.60", "+76.60", "—", "4／0／0");
    }

    @Test
    void otherOrdersListTheSameDepartmentsDifferently() {
        assertThat(departmentCodes(render(DepartmentOrder.CODE))).containsExactly("201", "202", "203", "204");
        assertThat(departmentCodes(render(DepartmentOrder.TOTAL_PERCENT))).containsExactly("203", "202", "201", "204");
        assertThat(departmentCodes(render(DepartmentOrder.PROJECT_CHANGES))).containsExactly("202", "203", "204", "201");
    }

    @Test
    void namesTheCurrentOrderAndLinksTheOthers() {
        Document page = render(DepartmentOrder.CODE);

        Element orders = page.selectFirst("p.jx-note");
        assertThat(orders.selectFirst("strong").text()).isEqualTo("按部门编码");
        assertThat(orders.select("a").eachAttr("href")).containsExactly("?order=TOTAL_DELTA", "?order=TOTAL_PERCENT",
                "?order=PROJECT_CHANGES", "?order=TARGET_CHANGES", "?order=CONFLICTS");
        assertThat(page.selectFirst("table.jx-departments caption").text()).contains("按部门编码排序");
    }

    @Test
    void summarisesTheDistrictAndItsBiggestProjectChanges() {
        Document page = render(DepartmentOrder.TOTAL_DELTA);

        assertThat(page.title()).isEqualTo("唐山市路南区各部门2026年度预算绩效目标较2025年度变化");
        assertThat(page.selectFirst("article > section p").text()).isEqualTo("与2025年度相比，2026年度共有部门4个，"
                + "其中新增部门1个、减少部门1个、有变化2个、无变化0个；全区项目预算数合计由229.80万元增加到236.80万元（+7.00万元，+3.05%）。");
        Element biggest = page.selectFirst("table.jx-biggest");
        assertThat(biggest.select("tbody tr").get(0).select("td").eachText())
                .containsExactly("1", "区撤并办公室", "区12345政务服务便民热线整合优化工作经费", "删除", "50.00", "—", "-50.00", "-100.00%");
        assertThat(biggest.select("tbody tr").stream().map(tr -> tr.select("td").get(2).text()))
                .contains("督查专项检查经费", "民呼我应热线平台运行维护经费");
        assertThat(page.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
        assertThat(page.select("script, link, img")).isEmpty();
    }

    @Test
    void aDistrictWithoutDepartmentsSaysSo() {
        Document page = Jsoup.parse(RENDERER.renderDistrict(Seed.DISTRICT, DistrictDiff.compare(List.of(), List.of()),
                DepartmentOrder.CODE));

        assertThat(page.selectFirst("p.jx-alert").text()).startsWith("无部门");
        assertThat(page.select("table")).isEmpty();
    }
}
