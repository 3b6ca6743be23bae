package cn.jixiao.platform.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.disclosure.ContentEdit;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.disclosure.ProjectFields;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TestDisclosures;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.TestUsers;
import cn.jixiao.templates.disclosure.Project;

/**
 * A disclosure's history in the workspace: revisions and status changes newest first, the side-by-side diff of
 * two revisions, and of two years after the roll-forward; linked from the disclosure page and the year board.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryPagesTest {

    private static final String FIRST_EDIT = "（第一次修改补充的说明）";
    private static final String SECOND_EDIT = "（退回后再次修改）";
    private static final String NEXT_YEAR_EDIT = "（2026年度新增的项目概述）";

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    @Autowired
    DisclosureQueries queries;

    String slug;
    UUID tenant;

    @BeforeAll
    void district() {
        slug = Slugs.unique("history");
        tenant = TestTenants.create(slug, "history-secret", "disclosures.read", "disclosures.write", "disclosures.review",
                "disclosures.publish");
        TestUsers.create(tenant, "chief", "TENANT_ADMIN", "chief-password-1");
        as(() -> commands.create(TestDisclosures.seedWithoutErrors(), Origin.demo(), "seed"));
        appendToPurpose(2025, 1, FIRST_EDIT);
        Api api = new Api(port);
        String token = api.token(slug + "-api", "history-secret");
        assertThat(api.send("POST", "/api/v1/disclosures/202/2025/status", token, "{\"to\":\"SUBMITTED\"}").statusCode()).isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/disclosures/202/2025/status", token,
                "{\"to\":\"DRAFT\",\"comment\":\"请补充说明\"}").statusCode()).isEqualTo(200);
        appendToPurpose(2025, 2, SECOND_EDIT);
    }

    @Test
    void historyListsRevisionsAndStatusChangesNewestFirst() {
        Browser admin = signedIn();
        var page = admin.get("/app/disclosures/202/2025/history");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("2025 年度修订历史", "data-action=\"PROJECT_EDITED\"", "data-action=\"DISCLOSURE_CREATED\"", "修改项目",
                "新建", "请补充说明", "<td>第 1 个项目</td>").doesNotContain("<td>projects/1", "<code>");
        int third = body.indexOf("id=\"revision-3\"");
        int returned = body.indexOf("DISCLOSURE_RETURNED");
        int submitted = body.indexOf("DISCLOSURE_SUBMITTED");
        int second = body.indexOf("id=\"revision-2\"");
        int first = body.indexOf("id=\"revision-1\"");
        assertThat(third).isPositive();
        assertThat(third).isLessThan(returned);
        assertThat(returned).isLessThan(submitted);
        assertThat(submitted).isLessThan(second);
        assertThat(second).isLessThan(first);
        assertThat(body).contains("退回修改", "提交审核", "id=\"compare-revisions\"", "value=\"2025r1\"");
    }

    @Test
    void aDiffOfTwoRevisionsShowsTheEditedTextSideBySide() {
        Browser admin = signedIn();
        var diff = admin.get("/app/disclosures/202/2025/diff?from=2025r1&to=2025r2");
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("2025 年度修订版 1", "2025 年度修订版 2", "变化概况", "/css/diff.css",
                "<ins>" + FIRST_EDIT + "</ins>", "class=\"jx-disclosure jx-diff\"");
        assertThat(diff.body()).as("no inline style under the CSP").doesNotContain("style=", "<style");

        var back = admin.get("/app/disclosures/202/2025/diff?from=2025r2&to=2025r1");
        assertThat(back.body()).contains("<del>" + FIRST_EDIT + "</del>");

        var css = admin.get("/css/diff.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).contains(".jx-diff ins", "col.jx-w-");
    }

    @Test
    void anUnknownVersionIsRefusedOnThePage() {
        var missing = signedIn().get("/app/disclosures/202/2025/diff?from=2019&to=2025");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("id=\"problem\"", "修订历史");
    }

    @Test
    void afterTheRollForwardTheYearDiffShowsTheEditIn2026() {
        as(() -> commands.rollForward("202", 2025));
        appendToPurpose(2026, 1, NEXT_YEAR_EDIT);
        Browser admin = signedIn();

        var board = admin.get("/app/years/2026");
        assertThat(board.body()).contains("/app/disclosures/202/2026/history", "/app/disclosures/202/2026/diff?from=2025&amp;to=2026",
                "与上年相比", "历史");
        var disclosure = admin.get("/app/disclosures/202/2026");
        assertThat(disclosure.body()).contains("id=\"history-link\"", "id=\"year-diff-link\"");

        var diff = admin.get("/app/disclosures/202/2026/diff?from=2025&to=2026");
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("2025 年度（当前）", "2026 年度（当前）", "<ins>" + NEXT_YEAR_EDIT + "</ins>", "变化概况");

        var history = admin.get("/app/disclosures/202/2026/history");
        assertThat(history.body()).contains("id=\"compare-years\"", "/app/disclosures/202/2026/diff?from=2025&amp;to=2026",
                "与 2025 年度相比", "由 2025 年度修订版 3 结转");
        assertThat(admin.get("/app/disclosures/202/2025/history").body()).as("the older year stays on the left")
                .contains("/app/disclosures/202/2025/diff?from=2025&amp;to=2026", "2026 年度与本年度相比");
    }

    private void appendToPurpose(int year, int baseRevision, String text) {
        as(() -> {
            Project p = queries.find("202", year).orElseThrow().content().projects().get(0);
            return commands.edit("202", year, baseRevision, ContentEdit.editProject(1, new ProjectFields(p.unitCode(), p.code(),
                    p.name(), p.budget().fiscal(), p.budget().other(), p.purpose() + text, p.goal())));
        });
    }

    private <T> void as(Supplier<T> action) {
        CurrentTenant.callAs(new TenantId(tenant), "test", action);
    }

    private Browser signedIn() {
        Browser browser = new Browser(port);
        browser.login(slug, "chief", "chief-password-1");
        return browser;
    }
}
