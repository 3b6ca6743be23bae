package cn.jixiao.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TestDisclosures;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.TestUsers;
import cn.jixiao.templates.disclosure.Disclosure;

/**
 * The forms follow the district's form template: a derived template that renames 资金用途 and adds
 * custom fields (one required) changes the pages' labels, required marks and Part 1's fields; a
 * save without the required custom field is refused beside it, keeping what was typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateFormsPageTest {

    private static final String PAGE = "/app/disclosures/202/2025";
    private static final String DERIVATION = """
            {"id": "with-contact", "version": 1, "name": "带联系人的模板",
             "fields": {"project.purpose": {"label": "资金用途及项目概述"}, "indicator.basis": {"required": true}},
             "customFields": [{"id": "contact", "label": "联系人", "type": "text", "required": true, "maxLength": 20},
                              {"id": "kind", "label": "单位类别", "type": "enum", "required": false, "options": ["行政单位", "事业单位"]}]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    @Autowired
    DisclosureQueries queries;

    String slug;
    UUID tenant;
    Browser admin;

    @BeforeAll
    void district() {
        slug = Slugs.unique("forms");
        tenant = TestTenants.create(slug, "forms-secret");
        TestUsers.create(tenant, "boss", "TENANT_ADMIN", "boss-password-1");
        admin = new Browser(port);
        admin.login(slug, "boss", "boss-password-1");
        var templates = admin.get("/app/templates");
        assertThat(admin.submit(templates, "/app/templates", Map.of("derivation", DERIVATION)).statusCode()).isEqualTo(302);
        assertThat(admin.submit(templates, "/app/templates/default", Map.of("template", "with-contact@1")).statusCode()).isEqualTo(302);
        Disclosure seed = TestDisclosures.seedWithoutErrors();
        CurrentTenant.callAs(new TenantId(tenant), "test", () -> commands.create(seed, Origin.demo(), "seed"));
        TestUsers.create(tenant, "wang", "UNIT_EDITOR", "wang-password-1", "202001");
    }

    @Test
    void labelsAndRequiredMarksComeFromTheTemplate() {
        String page = admin.get(PAGE).body();
        assertThat(page).contains(">资金用途及项目概述<").as("the custom fields shown in Part 1").contains("id=\"custom-field-values\"", "<dt>联系人</dt>", "<dt>单位类别</dt>");
        String edit = admin.get(PAGE + "/projects/0/edit").body();
        assertThat(edit).contains("资金用途及项目概述", "aria-required=\"true\"", "class=\"required\"");
        String newProject = admin.get(PAGE + "/projects/new").body();
        assertThat(newProject).contains("资金用途及项目概述")
                .as("指标值确定依据 is required in this template").containsPattern("指标值确定依据</span><abbr class=\"required\"");
        assertThat(admin.get(PAGE + "/projects/0/edit").body()).doesNotContain(">项目概述<");
    }

    @Test
    void partOneKeepsTheCustomFieldsAndARefusalKeepsWhatWasTyped() {
        Browser editor = new Browser(port);
        editor.login(slug, "wang", "wang-password-1");
        var form = editor.get(PAGE + "/goals/edit");
        assertThat(form.statusCode()).as("the editor of the department's own unit").isEqualTo(200);
        assertThat(form.body()).contains("id=\"custom-contact\"", "<option value=\"事业单位\"", "其他信息");
        Disclosure seed = current();
        int revision = revision();

        var refused = editor.submitRepeated(form, PAGE + "/goals/edit", goals(seed, revision, "", "事业单位", "本级改写的总体绩效目标"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("联系人", "finding-error", "本级改写的总体绩效目标", "value=\"事业单位\" selected");
        assertThat(revision()).as("nothing stored").isEqualTo(revision);

        var saved = editor.submitRepeated(form, PAGE + "/goals/edit", goals(seed, revision, "张三", "事业单位", "本级改写的总体绩效目标"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        var stored = CurrentTenant.callAs(new TenantId(tenant), "test", () -> queries.find("202", 2025).orElseThrow());
        assertThat(stored.customFields()).containsEntry("contact", "张三").containsEntry("kind", "事业单位");
        assertThat(stored.content().goals().overall()).last().isEqualTo("本级改写的总体绩效目标");
        assertThat(editor.get(PAGE).body()).contains("张三", "事业单位");
    }

    private static List<Map.Entry<String, String>> goals(Disclosure seed, int base, String contact, String kind, String extra) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("baseRevision", String.valueOf(base)));
        seed.goals().overall().forEach(t -> f.add(Map.entry("overall", t)));
        f.add(Map.entry("overall", extra));
        seed.goals().itemized().forEach(g -> {
            f.add(Map.entry("itemTitle", g.title()));
            f.add(Map.entry("itemGoal", g.goal()));
            f.add(Map.entry("itemIndicator", g.indicator()));
        });
        seed.goals().measures().forEach(t -> f.add(Map.entry("measures", t)));
        f.add(Map.entry("custom.contact", contact));
        f.add(Map.entry("custom.kind", kind));
        return f;
    }

    private Disclosure current() {
        return CurrentTenant.callAs(new TenantId(tenant), "test", () -> queries.find("202", 2025).orElseThrow().content());
    }

    private int revision() {
        return CurrentTenant.callAs(new TenantId(tenant), "test", () -> queries.find("202", 2025).orElseThrow().revision().number());
    }
}
