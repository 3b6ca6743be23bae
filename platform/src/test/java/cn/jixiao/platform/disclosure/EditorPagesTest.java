package cn.jixiao.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.demo.DemoSeed;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.TestUsers;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;

/**
 * The editor's pages over HTTP, on the seed with its errors (project 3 of unit 202001 has one
 * money value outside 成本指标, project 4 of unit 202003 two): each command of the indicator table,
 * Part 1, refusals that keep what was typed (422 with the finding next to its cell, 409 with what
 * changed meanwhile), live checks that save nothing, and a unit editor held to its unit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorPagesTest {

    private static final String PAGE = "/app/disclosures/202/2025";
    /** Project 3 (0-based 2 in the page's URLs) is unit 202001's, project 4 (3) unit 202003's. */
    private static final String P3 = PAGE + "/projects/2/indicators";
    private static final String P4 = PAGE + "/projects/3/indicators";

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    @Autowired
    DisclosureQueries queries;

    String slug;
    UUID tenant;
    Disclosure seed;

    @BeforeAll
    void district() {
        slug = Slugs.unique("editor");
        tenant = TestTenants.create(slug, "editor-secret");
        seed = DemoSeed.disclosure();
        CurrentTenant.callAs(new TenantId(tenant), "test", () -> commands.create(seed, Origin.demo(), "seed"));
        TestUsers.create(tenant, "wang", "UNIT_EDITOR", "wang-password-1", "202001");
        TestUsers.create(tenant, "zhao", "UNIT_EDITOR", "zhao-password-1", "202003");
        TestUsers.create(tenant, "boss", "TENANT_ADMIN", "boss-password-1");
    }

    @Test
    void theEditorFixesAnIndicatorRowAddsMovesAndDeletesRowsAndTheAdminFixesATableAndPartOne() {
        Browser editor = signedIn("wang", "wang-password-1");
        var page = editor.get(PAGE);
        assertThat(page.body()).as("levels are choices of the template").contains("<optgroup label=\"产出指标\"", "指标值确定依据")
                .contains("action=\"" + P3 + "/all\"").doesNotContain("action=\"" + P4 + "/all\"")
                .as("202001 is the department's own unit (本级): its editor writes Part 1").contains("id=\"edit-goals\"");
        int bad = moneyOutsideCost(seed, 2).get(0);
        assertThat(cell(page.body(), 2, bad, "value")).as("the seed's error next to its cell").contains("finding-error", "是金额");

        // live check: what is typed is validated, nothing saved
        var live = editor.htmx(page, P3 + "/" + bad + "/check", row(seed, 2, bad, "≥90%", "1"));
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("hx-swap-oob=\"true\"", "id=\"f-2-" + bad + "-value\"").doesNotContain("是金额");
        var stillMoney = editor.htmx(page, P3 + "/" + bad + "/check", row(seed, 2, bad, "≤5万元", "1"));
        assertThat(cell(stillMoney.body(), 2, bad, "value")).contains("finding-error", "≤5万元");
        assertThat(revision(editor.get(PAGE).body())).isEqualTo(1);

        // 422: the typed value stays and the finding stands next to the cell
        var refused = editor.submit(page, P3 + "/" + bad, row(seed, 2, bad, "≤11万元", "1"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("value=\"≤11万元\"", "未保存");
        assertThat(cell(refused.body(), 2, bad, "value")).contains("finding-error", "≤11万元");

        // ok without script: post and redirect, a new revision
        var saved = editor.submit(page, P3 + "/" + bad, row(seed, 2, bad, "≥90%", "1"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        var after = editor.get(PAGE);
        assertThat(revision(after.body())).isEqualTo(2);
        assertThat(cell(after.body(), 2, bad, "value")).doesNotContain("finding-error");

        // 409: based on revision 1, the typed value stays and what changed meanwhile is shown
        Map<String, String> stale = row(seed, 2, 1, "≥95%", "1");
        var conflict = editor.htmx(page, P3 + "/1", stale);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("value=\"≥95%\"", "修订版 2：", "修改项目：");

        // add a row (htmx swaps the table), move it up, delete it
        int rows = seed.projects().get(2).indicators().size();
        Map<String, String> added = new LinkedHashMap<>(Map.of("baseRevision", "2", "new.level1", "效益指标",
                "new.level2", "社会效益指标", "new.level3", "群众满意", "new.description", "网页新增的指标", "new.value", "≥90%",
                "new.basis", "年度计划"));
        var table = editor.htmx(after, P3 + "/add", added);
        assertThat(table.statusCode()).as(table.body()).isEqualTo(200);
        assertThat(table.body()).startsWith("<section").contains("已保存，修订版 3", "value=\"网页新增的指标\"",
                "id=\"ind-2-" + (rows + 1) + "-description\"");
        var moved = editor.htmx(after, P3 + "/" + (rows + 1) + "/move?to=" + rows, Map.of("baseRevision", "3"));
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).contains("已保存，修订版 4");
        assertThat(current().projects().get(2).indicators().get(rows - 1).description()).isEqualTo("网页新增的指标");
        var deleted = editor.submit(after, P3 + "/" + rows + "/delete", Map.of("baseRevision", "4"));
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(current().projects().get(2).indicators()).hasSize(rows);

        // a unit editor: not another unit's project; Part 1 only the editor of the department's own unit
        var forged = editor.submit(after, P4 + "/1", row(seed, 3, 1, "≥90%", "5"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(editor.get(PAGE + "/goals/edit").statusCode()).isEqualTo(200);
        Browser other = signedIn("zhao", "zhao-password-1");
        assertThat(other.get(PAGE).body()).doesNotContain("id=\"edit-goals\"");
        assertThat(other.get(PAGE + "/goals/edit").statusCode()).as("unit 202003 is not the department").isEqualTo(403);
        assertThat(revision(editor.get(PAGE).body())).isEqualTo(5);

        // the admin fixes project 4's two errors at once, then edits Part 1
        Browser admin = signedIn("boss", "boss-password-1");
        var adminPage = admin.get(PAGE);
        assertThat(adminPage.body()).contains("id=\"edit-goals\"");
        List<Integer> p4 = moneyOutsideCost(seed, 3);
        assertThat(p4).hasSize(2);
        Map<String, String> whole = new LinkedHashMap<>(Map.of("baseRevision", "5"));
        p4.forEach(i -> whole.putAll(row(seed, 3, i, "≥90%", "5")));
        var half = admin.submit(adminPage, P4 + "/all", withValue(whole, p4.get(1), "≤38万元"));
        assertThat(half.statusCode()).isEqualTo(422);
        assertThat(cell(half.body(), 3, p4.get(1), "value")).contains("finding-error");
        var fixed = admin.submit(adminPage, P4 + "/all", withValue(whole, p4.get(1), "≥95%"));
        assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(302);
        assertThat(revision(admin.get(PAGE).body())).isEqualTo(6);

        var goals = admin.get(PAGE + "/goals/edit");
        assertThat(goals.statusCode()).isEqualTo(200);
        assertThat(goals.body()).contains(seed.goals().overall().get(0));
        var more = admin.submitRepeated(goals, PAGE + "/goals/edit", goalsFields("6", Map.entry("add", "overall")));
        assertThat(more.statusCode()).isEqualTo(200);
        assertThat(more.body()).contains("id=\"overall-" + (seed.goals().overall().size() + 1) + "\"");
        List<Map.Entry<String, String>> edited = goalsFields("6");
        edited.add(Map.entry("overall", "网页新增的总体目标，含逗号,也不拆开"));
        edited.add(Map.entry("removeMeasure", "1"));
        var savedGoals = admin.submitRepeated(goals, PAGE + "/goals/edit", edited);
        assertThat(savedGoals.statusCode()).as(savedGoals.body()).isEqualTo(302);
        Disclosure now = current();
        assertThat(now.goals().overall()).last().isEqualTo("网页新增的总体目标，含逗号,也不拆开");
        assertThat(now.goals().measures()).hasSize(seed.goals().measures().size() - 1);
        var staleGoals = admin.submitRepeated(goals, PAGE + "/goals/edit", goalsFields("6"));
        assertThat(staleGoals.statusCode()).isEqualTo(409);
        assertThat(staleGoals.body()).contains("修订版 7：", "第一部分（部门整体绩效目标）有改动");
    }

    @Test
    void projectsAreAddedMovedDeletedRenamedAndTheirSpendPlanEdited() {
        String otherSlug = Slugs.unique("projects");
        UUID other = TestTenants.withSeed(commands, otherSlug, "projects-secret");
        TestUsers.create(other, "li", "UNIT_EDITOR", "li-password-12", "202001");
        Browser editor = new Browser(port);
        editor.login(otherSlug, "li", "li-password-12");
        var page = editor.get(PAGE);
        assertThat(page.body()).contains("id=\"new-project-link\"", "编辑资金支出计划");

        var form = editor.get(PAGE + "/projects/new");
        assertThat(form.body()).contains("value=\"202001\"").doesNotContain("value=\"202003\"");
        var total = editor.htmx(form, PAGE + "/projects/new/total", Map.of("fiscal", "10", "other", "2.5"));
        assertThat(total.body()).contains("id=\"new-total\"", ">12.5<");
        Map<String, String> project = new LinkedHashMap<>(Map.of("baseRevision", "1", "unitCode", "202001", "code", "",
                "name", "网页新增的项目", "fiscal", "10", "other", "2.5", "purpose", "概述", "goal", "目标"));
        var blank = editor.submit(form, PAGE + "/projects", project);
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("项目编码不能为空", "value=\"网页新增的项目\"", ">12.5<");
        project.put("code", "130202-2025-900");
        var incomplete = editor.submit(form, PAGE + "/projects", project);
        assertThat(incomplete.statusCode()).as("the template asks for a spending plan and indicators").isEqualTo(422);
        assertThat(incomplete.body()).contains("value=\"130202-2025-900\"", "资金支出计划");
        String[][] rows = {{"产出指标", "数量指标", "≥1项"}, {"产出指标", "质量指标", "≥90%"}, {"产出指标", "时效指标", "≥90%"},
                {"产出指标", "成本指标", "≤12.5万元"}, {"效益指标", "社会效益指标", "≥90%"}, {"满意度指标", "服务对象满意度指标", "≥90%"}};
        for (int k = 1; k <= rows.length; k++) {
            project.put("i" + k + ".level1", rows[k - 1][0]);
            project.put("i" + k + ".level2", rows[k - 1][1]);
            project.put("i" + k + ".level3", "指标" + k);
            project.put("i" + k + ".description", "网页新增项目的指标" + k);
            project.put("i" + k + ".value", rows[k - 1][2]);
            project.put("i" + k + ".basis", "年度计划");
        }
        List<Map.Entry<String, String>> withPlan = new ArrayList<>(project.entrySet());
        for (String[] c : new String[][] {{"3月底", "20"}, {"6月底", "50"}, {"10月底", "80"}, {"12月底", "100"}}) {
            withPlan.add(Map.entry("label", c[0]));
            withPlan.add(Map.entry("percent", c[1]));
        }
        var added = editor.submitRepeated(form, PAGE + "/projects", withPlan);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        Disclosure now = current(other);
        assertThat(now.projects()).hasSize(5);
        assertThat(now.projects().get(4).budget().total()).isEqualByComparingTo("12.5");
        Map<String, String> elsewhere = new LinkedHashMap<>(project);
        elsewhere.put("baseRevision", "2");
        elsewhere.put("unitCode", "202003");
        List<Map.Entry<String, String>> forged = new ArrayList<>(elsewhere.entrySet());
        forged.addAll(withPlan.subList(project.size(), withPlan.size()));
        assertThat(editor.submitRepeated(form, PAGE + "/projects", forged).statusCode()).as("another unit").isEqualTo(403);

        assertThat(editor.follow(editor.submit(page, PAGE + "/projects/4/move", Map.of("baseRevision", "2", "to", "4"))).body())
                .contains("已移动项目");
        assertThat(current(other).projects().get(3).code()).isEqualTo("130202-2025-900");
        assertThat(editor.follow(editor.submit(page, PAGE + "/projects/3/delete", Map.of("baseRevision", "3"))).body())
                .contains("已删除项目");
        assertThat(current(other).projects()).hasSize(4).noneMatch(p -> p.code().equals("130202-2025-900"));
        var stale = editor.follow(editor.submit(page, PAGE + "/projects/0/delete", Map.of("baseRevision", "3")));
        assertThat(stale.body()).contains("未保存", "修订版");
        assertThat(editor.submit(page, PAGE + "/projects/3/delete", Map.of("baseRevision", "4")).statusCode())
                .as("unit 202003's project").isEqualTo(403);

        var edit = editor.get(PAGE + "/projects/1/edit");
        var budget = current(other).projects().get(1).budget();
        String fiscal = budget.fiscal() == null ? "" : budget.fiscal().toPlainString();
        String others = budget.other() == null ? "" : budget.other().toPlainString();
        var renamed = editor.submit(edit, PAGE + "/projects/1", Map.of("baseRevision", "4", "code", "130202-2025-901",
                "name", "改名的项目", "fiscal", fiscal, "other", others, "purpose", "p", "goal", "g"));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(302);
        assertThat(current(other).projects().get(1).name()).isEqualTo("改名的项目");
        var staleEdit = editor.submit(edit, PAGE + "/projects/1", Map.of("baseRevision", "4", "code", "130202-2025-901",
                "name", "又改名", "fiscal", fiscal, "other", others, "purpose", "p", "goal", "g"));
        assertThat(staleEdit.statusCode()).isEqualTo(409);
        assertThat(staleEdit.body()).contains("value=\"又改名\"", "修订版 5：", "项目：130202-2025-901 改名的项目");

        var plan = editor.get(PAGE + "/projects/0/spend-plan");
        assertThat(plan.statusCode()).isEqualTo(200);
        List<String> labels = current(other).projects().get(0).spendPlan().stream().map(c -> c.label()).toList();
        assertThat(labels).isNotEmpty();
        var wrong = editor.submitRepeated(plan, PAGE + "/projects/0/spend-plan", spendPlan("5", labels, "三十"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("应为百分数", "value=\"三十\"");
        var savedPlan = editor.submitRepeated(plan, PAGE + "/projects/0/spend-plan", spendPlan("5", labels, "30"));
        assertThat(savedPlan.statusCode()).as(savedPlan.body()).isEqualTo(302);
        assertThat(current(other).projects().get(0).spendPlan().get(0).cumulativePercent()).isEqualByComparingTo("30");
        var stalePlan = editor.submitRepeated(plan, PAGE + "/projects/0/spend-plan", spendPlan("5", labels, "40"));
        assertThat(stalePlan.statusCode()).isEqualTo(409);
        assertThat(stalePlan.body()).contains("value=\"40\"", "修订版 6：");
    }

    /** Every checkpoint with {@code first} as the first percent and 100 for the others. */
    private static List<Map.Entry<String, String>> spendPlan(String base, List<String> labels, String first) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("baseRevision", base));
        for (int i = 0; i < labels.size(); i++) {
            f.add(Map.entry("label", labels.get(i)));
            f.add(Map.entry("percent", i == 0 ? first : "100"));
        }
        return f;
    }

    private Disclosure current() {
        return current(tenant);
    }

    private Disclosure current(UUID district) {
        return CurrentTenant.callAs(new TenantId(district), "test", () -> queries.find("202", 2025).orElseThrow().content());
    }

    @SafeVarargs
    private List<Map.Entry<String, String>> goalsFields(String base, Map.Entry<String, String>... extra) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("baseRevision", base));
        seed.goals().overall().forEach(t -> f.add(Map.entry("overall", t)));
        seed.goals().itemized().forEach(g -> {
            f.add(Map.entry("itemTitle", g.title()));
            f.add(Map.entry("itemGoal", g.goal()));
            f.add(Map.entry("itemIndicator", g.indicator()));
        });
        seed.goals().measures().forEach(t -> f.add(Map.entry("measures", t)));
        f.addAll(List.of(extra));
        return f;
    }

    /** 1-based rows of project {@code index} (0-based) with money outside 成本指标: the seed's errors. */
    private static List<Integer> moneyOutsideCost(Disclosure d, int index) {
        List<Integer> rows = new ArrayList<>();
        List<Indicator> all = d.projects().get(index).indicators();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).value().isMoney() && !all.get(i).level2().startsWith("成本")) {
                rows.add(i + 1);
            }
        }
        return rows;
    }

    private static Map<String, String> row(Disclosure d, int index, int n, String value, String base) {
        Indicator i = d.projects().get(index).indicators().get(n - 1);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("baseRevision", base);
        f.put("r" + n + ".level1", i.level1());
        f.put("r" + n + ".level2", i.level2());
        f.put("r" + n + ".level3", i.level3());
        f.put("r" + n + ".description", i.description());
        f.put("r" + n + ".value", value);
        f.put("r" + n + ".basis", i.basis());
        return f;
    }

    private static Map<String, String> withValue(Map<String, String> fields, int n, String value) {
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.put("r" + n + ".value", value);
        return f;
    }

    /** The findings slot of one cell, as the page or a live check renders it. */
    private static String cell(String html, int index, int n, String column) {
        Matcher m = Pattern.compile("id=\"f-" + index + "-" + n + "-" + column + "\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("findings of cell " + n + "/" + column).isTrue();
        return m.group(1);
    }

    private Browser signedIn(String user, String password) {
        Browser b = new Browser(port);
        b.login(slug, user, password);
        return b;
    }

    private static int revision(String html) {
        Matcher m = Pattern.compile("id=\"revision\">(\\d+)<").matcher(html);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
