package cn.jixiao.platform.review;

import static org.assertj.core.api.Assertions.assertThat;

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
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TestDisclosures;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.TestUsers;
import cn.jixiao.templates.disclosure.Disclosure;

/**
 * The review cycle in the browser: the editor submits; the reviewer sees the queue and last year's
 * changes, returns it with a comment on one indicator row (a return without any comment is
 * refused and keeps what was chosen); the editor sees the comment beside the project, edits,
 * resolves it and resubmits; the reviewer sees what changed since the return and approves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPagesTest {

    private static final Pattern RESOLVE = Pattern.compile("action=\"(/app/disclosures/202/2025/comments/[0-9a-f-]+/resolve)\"");

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
        slug = Slugs.unique("review");
        tenant = TestTenants.create(slug, "review-secret");
        Disclosure seed = TestDisclosures.seedWithoutErrors();
        Disclosure lastYear = new Disclosure(seed.department(), 2024, seed.goals(), seed.projects().subList(0, 3));
        CurrentTenant.callAs(new TenantId(tenant), "test", () -> {
            commands.create(lastYear, Origin.demo(), "last year");
            return commands.create(seed, Origin.demo(), "seed");
        });
        TestUsers.create(tenant, "filler", "UNIT_EDITOR", "filler-password-1", "202001");
        TestUsers.create(tenant, "judge", "REVIEWER", "judge-password-1");
    }

    @Test
    void returnedWithACommentResolvedResubmittedAndApproved() {
        Browser editor = signedIn("filler", "filler-password-1");
        var draft = editor.get("/app/disclosures/202/2025");
        assertThat(draft.body()).contains("submit-for-review");
        var submitted = editor.follow(editor.submit(draft, "/app/disclosures/202/2025/submit", Map.of()));
        assertThat(submitted.body()).contains("已提交审核", "待审核").doesNotContain("submit-for-review");

        Browser reviewer = signedIn("judge", "judge-password-1");
        var queue = reviewer.get("/app/review");
        assertThat(queue.body()).contains("/app/review/202/2025", "人民政府督查室");
        var review = reviewer.get("/app/review/202/2025");
        assertThat(review.body()).contains("与上年相比", "新增项目 1 个", "首次提交，或退回后没有修改。");
        String firstProject = status().content().projects().get(0).name();

        var silent = reviewer.submit(review, "/app/review/202/2025/return",
                Map.of("general", " ", "project-0", "", "indicator-0", "2"));
        assertThat(silent.statusCode()).isEqualTo(422);
        assertThat(silent.body()).contains("退回时请至少填写一条意见").containsPattern("value=\"2\"\\s+selected");
        assertThat(status().status()).isEqualTo(DisclosureStatus.SUBMITTED);

        var returned = reviewer.submit(review, "/app/review/202/2025/return",
                Map.of("general", "", "project-0", "请补充该指标的确定依据", "indicator-0", "2"));
        assertThat(returned.headers().firstValue("Location").orElseThrow()).endsWith("/app/review");
        assertThat(reviewer.follow(returned).body()).contains("已退回部门 202 修改，附意见 1 条", "目前没有待审核的公开文件");
        assertThat(status().status()).isEqualTo(DisclosureStatus.DRAFT);

        var page = editor.get("/app/disclosures/202/2025");
        assertThat(page.body()).contains("审核意见", "（第 2 行指标）：请补充该指标的确定依据", "未处理");
        var edit = editor.get("/app/disclosures/202/2025/projects/0/edit");
        var project = status().content().projects().get(0);
        var saved = editor.submit(edit, "/app/disclosures/202/2025/projects/0", Map.of(
                "baseRevision", String.valueOf(status().revision().number()), "purpose", project.purpose() + "（已补充依据）",
                "goal", project.goal(), "fiscal", project.budget().fiscal().toPlainString(),
                "other", project.budget().other() == null ? "" : project.budget().other().toPlainString()));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        page = editor.get("/app/disclosures/202/2025");
        Matcher resolve = RESOLVE.matcher(page.body());
        assertThat(resolve.find()).as("the editor of the project's unit may resolve it").isTrue();
        var resolved = editor.follow(editor.submit(page, resolve.group(1), Map.of()));
        assertThat(resolved.body()).contains("已标记为已处理", "已由 filler 处理").doesNotContain("resolve-comment");
        editor.follow(editor.submit(resolved, "/app/disclosures/202/2025/submit", Map.of()));
        assertThat(status().status()).isEqualTo(DisclosureStatus.SUBMITTED);

        var again = reviewer.get("/app/review/202/2025");
        assertThat(again.body()).contains("自上次退回", "修改：" + project.code() + " " + firstProject,
                "请补充该指标的确定依据（已处理：filler）");
        var approved = reviewer.follow(reviewer.submit(again, "/app/review/202/2025/approve", Map.of()));
        assertThat(approved.body()).contains("已审核通过");
        assertThat(status().status()).isEqualTo(DisclosureStatus.APPROVED);
    }

    private cn.jixiao.platform.disclosure.StoredDisclosure status() {
        return CurrentTenant.callAs(new TenantId(tenant), "test", () -> queries.find("202", 2025)).orElseThrow();
    }

    private Browser signedIn(String username, String password) {
        Browser browser = new Browser(port);
        browser.login(slug, username, password);
        return browser;
    }
}
