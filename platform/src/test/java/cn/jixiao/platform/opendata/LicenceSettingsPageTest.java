package cn.jixiao.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;

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
import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.TestUsers;

/**
 * The district admin sets the open licence in the workspace: a refused save keeps every text typed
 * with the reason beside its field; the saved licence is on the public open data page; a unit
 * editor neither sees the link nor opens the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LicenceSettingsPageTest {

    private static final String PAGE = "/app/settings/opendata";

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    String slug;

    @BeforeAll
    void district() {
        slug = Slugs.unique("licence");
        UUID tenant = TestTenants.withSeed(commands, slug, "licence-secret");
        TestUsers.create(tenant, "head", "TENANT_ADMIN", "head-password-1");
        TestUsers.create(tenant, "clerk", "UNIT_EDITOR", "clerk-password-1", "202001");
    }

    @Test
    void anAdminSetsTheLicenceAndThePublicPageShowsIt() {
        Browser admin = new Browser(port);
        var home = admin.login(slug, "head", "head-password-1");
        assertThat(home.body()).contains("href=\"/app/settings/opendata\"");
        var page = admin.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>开放许可</h1>", "value=\"CC-BY-4.0\"", "<label for=\"statement\">");

        var refused = admin.submit(page, PAGE, Map.of("name", "CC BY", "title", "署名", "url", "ftp://x", "statement", "我们的声明"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"name-error\"", "id=\"url-error\"", "value=\"CC BY\"", "value=\"ftp://x\"",
                "我们的声明", "aria-invalid=\"true\"");
        assertThat(new Browser(port).get("/public/" + slug + "/opendata").body()).as("nothing saved").doesNotContain("我们的声明");

        var saved = admin.submit(page, PAGE, Map.of("name", "CC0-1.0", "title", "CC0 1.0 公有领域贡献",
                "url", "https://creativecommons.org/publicdomain/zero/1.0/", "statement", "本区县放弃数据的全部权利，欢迎使用。"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.follow(saved).body()).contains("开放许可已保存", "value=\"CC0-1.0\"");
        var publicPage = new Browser(port).get("/public/" + slug + "/opendata");
        assertThat(publicPage.statusCode()).isEqualTo(200);
        assertThat(publicPage.body()).contains("本区县放弃数据的全部权利，欢迎使用。", "CC0 1.0 公有领域贡献（CC0-1.0）",
                "href=\"https://creativecommons.org/publicdomain/zero/1.0/\"");
    }

    @Test
    void aUnitEditorMayNotOpenIt() {
        Browser editor = new Browser(port);
        var home = editor.login(slug, "clerk", "clerk-password-1");
        assertThat(home.body()).doesNotContain("href=\"/app/settings/opendata\"");
        assertThat(editor.get(PAGE).statusCode()).isEqualTo(403);
    }
}
