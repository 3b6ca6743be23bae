package cn.jixiao.platform.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.TestUsers;

/**
 * The finance bureau's year board in the browser: the deadline from the budget approval date,
 * status and findings per department, publish and withdraw, downloads, the district batch with
 * its progress, and the roll-forward to the next year; a reviewer sees it but changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearBoardPageTest {

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    String slug;
    UUID tenant;

    @BeforeAll
    void district() {
        slug = Slugs.unique("board");
        tenant = TestTenants.withSeed(commands, slug, "board-secret", "disclosures.read", "disclosures.write", "disclosures.review",
                "disclosures.publish");
        TestUsers.create(tenant, "chief", "TENANT_ADMIN", "chief-password-1");
        TestUsers.create(tenant, "checker", "REVIEWER", "checker-password-1");
    }

    @Test
    void theDeadlineFollowsTheBudgetApprovalAndBadInputKeepsWhatWasTyped() {
        Browser admin = signedIn("chief", "chief-password-1");
        assertThat(admin.get("/app/years").headers().firstValue("Location").orElseThrow())
                .as("the newest year with disclosures").matches(".*/app/years/20\\d\\d");
        var board = admin.get("/app/years/2025");
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).contains("2025 年度完成情况", "尚未填写预算批复日期", "id=\"dept-202\"", "草稿");

        var missing = admin.submit(board, "/app/years/2025/deadline", Map.of("budgetApprovedOn", "", "deadline", ""));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("请填写预算批复日期");

        var backwards = admin.submit(board, "/app/years/2025/deadline",
                Map.of("budgetApprovedOn", "2025-01-10", "deadline", "2025-01-05"));
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(backwards.body()).contains("公开截止日期不能早于预算批复日期", "value=\"2025-01-10\"", "value=\"2025-01-05\"");

        LocalDate approved = LocalDate.now(YearBoardPage.DISTRICT_ZONE).minusDays(5);
        var saved = admin.submit(board, "/app/years/2025/deadline", Map.of("budgetApprovedOn", approved.toString(), "deadline", ""));
        assertThat(saved.statusCode()).isEqualTo(302);
        var after = admin.follow(saved);
        assertThat(after.body()).contains("公开截止日期为 " + approved.plusDays(20), "还剩 15 天");

        var explicit = admin.follow(admin.submit(after, "/app/years/2025/deadline",
                Map.of("budgetApprovedOn", approved.toString(), "deadline", approved.plusDays(3).toString())));
        assertThat(explicit.body()).contains("已超过 2 天");
    }

    @Test
    void anApprovedDisclosureIsPublishedAndWithdrawnFromTheBoard() {
        Api api = new Api(port);
        String token = api.token(slug + "-api", "board-secret");
        assertThat(api.send("POST", "/api/v1/disclosures/202/2025/status", token, "{\"to\":\"SUBMITTED\"}").statusCode()).isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/disclosures/202/2025/status", token, "{\"to\":\"APPROVED\"}").statusCode()).isEqualTo(200);

        Browser reviewer = signedIn("checker", "checker-password-1");
        var seen = reviewer.get("/app/years/2025");
        assertThat(seen.body()).contains("已审核").doesNotContain("class=\"publish\"", "save-deadline", "start-batch");
        assertThat(reviewer.submit(seen, "/app/years/2025/departments/202/status", Map.of("to", "PUBLISHED")).headers()
                .firstValue("Location").map(l -> reviewer.follow(reviewer.get(l)).body()).orElse(""))
                .contains("不能公开");

        Browser admin = signedIn("chief", "chief-password-1");
        var board = admin.get("/app/years/2025");
        assertThat(board.body()).contains("class=\"publish\"");
        var published = admin.follow(admin.submit(board, "/app/years/2025/departments/202/status", Map.of("to", "PUBLISHED")));
        assertThat(published.body()).contains("部门 202 已公开", "已公开", "class=\"secondary withdraw\"");
        assertThat(admin.get("/public/" + slug + "/2025/202").statusCode()).isEqualTo(200);

        var withdrawn = admin.follow(admin.submit(published, "/app/years/2025/departments/202/status",
                Map.of("to", "DRAFT", "comment", "数据需更正")));
        assertThat(withdrawn.body()).contains("部门 202 已改为“草稿”");
        assertThat(admin.get("/public/" + slug + "/2025/202").statusCode()).isEqualTo(404);
    }

    @Test
    void documentsDownloadAndTheBatchShowsItsProgressAfterAReload() {
        Browser admin = signedIn("chief", "chief-password-1");
        var docx = admin.get("/app/disclosures/202/2025/document.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElseThrow()).contains("wordprocessingml");
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        var html = admin.get("/app/disclosures/202/2025/document.html");
        assertThat(html.body()).contains("区委区政府督查室");
        assertThat(admin.get("/app/years/2025/volume.html").body()).contains("区委区政府督查室");
        assertThat(admin.get("/app/disclosures/202/2025/document.odt").statusCode()).isEqualTo(404);

        var board = admin.get("/app/years/2025");
        var started = admin.submit(board, "/app/years/2025/batch", Map.of());
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(admin.follow(started).body()).contains("已开始生成全区文件", "id=\"batch-progress\"");

        String fragment = await("the batch finished").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    String running = admin.get("/app/years/2025/batch").body();
                    if (!running.contains("最近一次生成已完成")) {
                        assertThat(running).as("a running batch keeps polling").contains("hx-trigger=\"every 2s\"", "正在生成");
                    }
                    return running;
                }, body -> body.contains("最近一次生成已完成"));
        assertThat(fragment).contains("最近一次生成已完成", "2 / 2").doesNotContain("hx-trigger");
        assertThat(admin.get("/app/years/2025").body()).as("found again after a reload").contains("最近一次生成已完成", "2 / 2");
    }

    @Test
    void theYearRollsForwardOnceForEveryDepartment() {
        Browser admin = signedIn("chief", "chief-password-1");
        var empty = admin.get("/app/years/2031");
        assertThat(empty.body()).contains("未填报");

        var board = admin.get("/app/years/2025");
        var rolled = admin.submit(board, "/app/years/2025/roll-forward", Map.of());
        assertThat(rolled.headers().firstValue("Location").orElseThrow()).endsWith("/app/years/2026");
        var next = admin.follow(rolled);
        assertThat(next.body()).contains("已结转到 2026 年度：新建草稿 1 个", "2026 年度完成情况", "草稿");

        var again = admin.follow(admin.submit(board, "/app/years/2025/roll-forward", Map.of()));
        assertThat(again.body()).contains("新建草稿 0 个", "已有草稿的 1 个部门保持不变");
    }

    private Browser signedIn(String username, String password) {
        Browser browser = new Browser(port);
        browser.login(slug, username, password);
        return browser;
    }
}
