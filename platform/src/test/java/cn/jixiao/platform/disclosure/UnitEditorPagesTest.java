package cn.jixiao.platform.disclosure;

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
import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.TestUsers;

/**
 * A district admin creates a unit editor in the browser; the editor sets a password through the
 * one-time link, signs in and can edit the projects of their unit and of no other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitEditorPagesTest {

    private static final Pattern SETUP_LINK = Pattern.compile("id=\"setup-link\" href=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    String slug;
    UUID tenant;

    /** A district of its own with the seed disclosure (units 202001: three projects, 202003: one). */
    @BeforeAll
    void district() {
        slug = Slugs.unique("pages");
        tenant = TestTenants.withSeed(commands, slug, "pages-secret", "disclosures.read", "disclosures.write");
        TestUsers.create(tenant, "boss", "TENANT_ADMIN", "boss-password-1");
    }

    @Test
    void anAdminCreatesAUnitEditorWhoEditsOnlyTheirUnit() {
        Browser admin = new Browser(port);
        admin.login(slug, "boss", "boss-password-1");
        var usersPage = admin.get("/app/users");
        assertThat(usersPage.body()).contains("202001", "202003");
        var created = admin.submit(usersPage, "/app/users", Map.of("username", "wang", "displayName", "王填报",
                "role", "UNIT_EDITOR", "units", "202003"));
        assertThat(created.statusCode()).isEqualTo(200);
        Matcher link = SETUP_LINK.matcher(created.body());
        assertThat(link.find()).as("the one-time link is shown").isTrue();

        Browser editor = new Browser(port);
        var setupPage = editor.get(link.group(1));
        assertThat(setupPage.body()).contains("王填报");
        var weak = editor.submit(setupPage, link.group(1), Map.of("password", "short", "confirmation", "short"));
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("密码至少需要 10 个字符");
        var done = editor.submit(setupPage, link.group(1),
                Map.of("password", "editor-password-1", "confirmation", "editor-password-1"));
        assertThat(done.headers().firstValue("Location").orElseThrow()).contains("/login?setup");
        assertThat(editor.get(link.group(1)).statusCode()).as("the link works once").isEqualTo(404);

        var home = editor.login(slug, "wang", "editor-password-1");
        assertThat(home.body()).contains("王填报", "单位填报人").doesNotContain("用户管理", "导入文件");
        var page = editor.get("/app/disclosures/202/2025");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(count(page.body(), "class=\"edit-project")).as("only unit 202003's one project is editable").isEqualTo(1);
        assertThat(page.body()).contains("projects/3/edit");

        var form = editor.get("/app/disclosures/202/2025/projects/3/edit");
        var notANumber = editor.submit(form, "/app/disclosures/202/2025/projects/3", Map.of("baseRevision", "1",
                "fiscal", "三十八", "other", "0", "purpose", "输入有误的修改", "goal", "x"));
        assertThat(notANumber.statusCode()).isEqualTo(422);
        assertThat(notANumber.body()).contains("财政资金应为数字", "输入有误的修改"); // the typed text is kept in the form
        assertThat(revision(editor.get("/app/disclosures/202/2025").body())).isEqualTo(1);
        var saved = editor.submit(form, "/app/disclosures/202/2025/projects/3", Map.of("baseRevision", "1",
                "fiscal", "38.5", "other", "1.5", "purpose", "网页编辑的项目概述", "goal", "网页编辑的年度目标"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        var after = editor.get("/app/disclosures/202/2025");
        assertThat(after.body()).contains("网页编辑的项目概述");
        assertThat(revision(after.body())).isEqualTo(2);

        var forged = editor.submit(form, "/app/disclosures/202/2025/projects/0", Map.of("baseRevision", "2",
                "fiscal", "1", "other", "0", "purpose", "不属于本单位的修改", "goal", "x"));
        assertThat(forged.statusCode()).as("another unit's project").isEqualTo(403);
        var unchanged = editor.get("/app/disclosures/202/2025");
        assertThat(unchanged.body()).doesNotContain("不属于本单位的修改");
        assertThat(revision(unchanged.body())).isEqualTo(2);
    }

    @Test
    void aReviewerReadsButCannotEdit() {
        TestUsers.create(tenant, "zhao", "REVIEWER", "reviewer-password-1");
        Browser reviewer = new Browser(port);
        reviewer.login(slug, "zhao", "reviewer-password-1");
        var page = reviewer.get("/app/disclosures/202/2025");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("class=\"edit-project");
        var forged = reviewer.submit(page, "/app/disclosures/202/2025/projects/3", Map.of("baseRevision", "1",
                "fiscal", "1", "other", "0", "purpose", "审核人的修改", "goal", "x"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/app/users").statusCode()).isEqualTo(403);
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    private static int revision(String html) {
        Matcher m = Pattern.compile("id=\"revision\">(\\d+)<").matcher(html);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
