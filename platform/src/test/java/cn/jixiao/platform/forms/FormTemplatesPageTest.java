package cn.jixiao.platform.forms;

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
import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.TestUsers;
import cn.jixiao.templates.forms.FormTemplates;
import cn.jixiao.templates.forms.TemplateRef;

/**
 * A district admin keeps its form templates in the browser: derives a stricter one (a loosening one
 * comes back with its JSON-path reasons and the document as typed), sets the default, and moves a
 * draft to it after previewing what changes; a reviewer may not open the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormTemplatesPageTest {

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    @Autowired
    DisclosureQueries queries;

    @Autowired
    FormTemplateCatalog catalog;

    String slug;
    UUID tenant;

    @BeforeAll
    void district() {
        slug = Slugs.unique("tpls");
        tenant = TestTenants.withSeed(commands, slug, "tpls-secret");
        TestUsers.create(tenant, "head", "TENANT_ADMIN", "head-password-1");
        TestUsers.create(tenant, "checker", "REVIEWER", "checker-password-1");
    }

    @Test
    void anAdminDerivesSetsTheDefaultAndMigratesADraftAfterAPreview() {
        Browser admin = new Browser(port);
        admin.login(slug, "head", "head-password-1");
        var page = admin.get("/app/templates");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("表单模板", "platform-default@1", "默认模板", "href=\"/app/templates\"",
                "&quot;basedOn&quot;: {&quot;id&quot;: &quot;platform-default&quot;, &quot;version&quot;: 1}");

        var loosening = admin.submit(page, "/app/templates", Map.of("derivation",
                "{\"id\": \"loose\", \"version\": 1, \"name\": \"放宽的模板\", \"rules\": {\"budget.sum\": {\"severity\": \"WARNING\"}}}"));
        assertThat(loosening.statusCode()).isEqualTo(422);
        assertThat(loosening.body()).contains("id=\"derivation-errors\"", "不能降为警告", "$.rules[&#39;budget.sum&#39;].severity",
                "放宽的模板", "&quot;loose&quot;");

        String stricter = "{\"id\": \"district\", \"version\": 1, \"name\": \"本区模板\","
                + " \"rules\": {\"indicator.value.vague\": {\"severity\": \"ERROR\"}}}";
        var derived = admin.submit(page, "/app/templates", Map.of("derivation", stricter));
        assertThat(derived.statusCode()).isEqualTo(302);
        var listed = admin.follow(derived);
        assertThat(listed.body()).contains("已派生模板 本区模板（district@1）", "id=\"template-district@1\"");

        var twice = admin.submit(page, "/app/templates", Map.of("derivation", stricter));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("模板 district 第 1 版已存在", "本区模板");

        var setDefault = admin.follow(admin.submit(page, "/app/templates/default", Map.of("template", "district@1")));
        assertThat(setDefault.body()).contains("新建的公开文件今后使用模板 district@1");
        assertThat(setDefault.body()).containsPattern("(?s)id=\"template-district@1\".*?默认模板");

        var preview = admin.submit(page, "/app/templates/migration", Map.of("draft", "202/2025", "target", "district@1"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("更换模板预览：202/2025，platform-default@1 → district@1", "indicator.value.vague",
                "更换后新出现的问题", "id=\"apply-migration\"");
        assertThat(template()).as("a preview changes nothing").isEqualTo("platform-default");

        var applied = admin.submit(preview, "/app/templates/migration",
                Map.of("draft", "202/2025", "target", "district@1", "apply", "true"));
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(applied.body()).contains("已更换模板：202/2025", "草稿已改用新模板").doesNotContain("id=\"apply-migration\"");
        assertThat(template()).isEqualTo("district");

        var unknown = admin.submit(page, "/app/templates/migration", Map.of("draft", "202/2025", "target", "nothing@3"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("id=\"migration-errors\"");
    }

    @Test
    void theSmallFormMakesChosenWarningsErrorsAndKeepsWhatWasTypedWhenRefused() {
        Browser admin = new Browser(port);
        admin.login(slug, "head", "head-password-1");
        var page = admin.get("/app/templates");
        assertThat(page.body()).contains("改为错误的规则", "value=\"indicator.value.qualitative\"");

        var bad = admin.submit(page, "/app/templates/quick", Map.of("id", "Bad Id", "version", "1", "name", "定性也算错",
                "strict", "indicator.value.qualitative"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("id=\"quick-errors\"", "$.id", "value=\"Bad Id\"", "value=\"定性也算错\"")
                .containsPattern("value=\"indicator.value.qualitative\"\\s+checked");

        var derived = admin.follow(admin.submit(page, "/app/templates/quick", Map.of("id", "qualitative", "version", "1",
                "name", "定性也算错", "strict", "indicator.value.qualitative")));
        assertThat(derived.body()).contains("已派生模板 定性也算错（qualitative@1）");
        String stored = CurrentTenant.callAs(new TenantId(tenant), "test",
                () -> FormTemplates.toJson(catalog.get(new TemplateRef("qualitative", 1))));
        assertThat(stored).containsPattern("\"indicator.value.qualitative\"[^}]*\"ERROR\"");
    }

    @Test
    void aReviewerMayNotOpenIt() {
        Browser reviewer = new Browser(port);
        var home = reviewer.login(slug, "checker", "checker-password-1");
        assertThat(home.body()).doesNotContain("href=\"/app/templates\"", "href=\"/app/settings/documents\"");
        assertThat(reviewer.get("/app/templates").statusCode()).isEqualTo(403);
    }

    private String template() {
        return CurrentTenant.callAs(new TenantId(tenant), "test",
                () -> queries.find("202", 2025).orElseThrow().template().id());
    }
}
