package cn.jixiao.platform.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.infra.testing.Sql;
import cn.jixiao.platform.demo.DemoSeed;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.forms.FormTemplates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Operators publish a platform template version and roll it out to a district (as tenant-admin
 * does, through the operators' role): the district's new disclosures use it, older ones keep theirs,
 * and a district not rolled out to stays on its version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformTemplateRolloutTest {

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    @Test
    void afterARolloutTheDistrictsNewDisclosuresUseTheNewVersion() throws SQLException {
        Api api = new Api(port);
        String slug = Slugs.unique("rollout");
        UUID tenant = TestTenants.create(slug, "rollout-secret", "disclosures.read", "disclosures.write", "templates.write");
        String other = Slugs.unique("stays");
        TestTenants.create(other, "stays-secret", "disclosures.read");
        String token = api.token(slug + "-api", "rollout-secret");
        Disclosure seed = DemoSeed.disclosure();
        CurrentTenant.callAs(new TenantId(tenant), "test", () -> commands.create(seed, Origin.demo(), "before"));

        int version = publishStricterVersion();
        Db.asOperators(c ->
                Sql.update(c, "update tenant set platform_template_version = ? where id = ?", version, tenant));

        Disclosure nextYear = new Disclosure(seed.department(), seed.fiscalYear() + 1, seed.goals(), seed.projects());
        CurrentTenant.callAs(new TenantId(tenant), "test", () -> commands.create(nextYear, Origin.demo(), "after"));

        JsonNode before = Api.json(api.get("/api/v1/disclosures/202/" + seed.fiscalYear(), token).body());
        JsonNode after = Api.json(api.get("/api/v1/disclosures/202/" + nextYear.fiscalYear(), token).body());
        assertThat(before.get("template").get("version").asInt()).as("an existing disclosure keeps its template").isEqualTo(1);
        assertThat(after.get("template").get("id").asString()).isEqualTo("platform-default");
        assertThat(after.get("template").get("version").asInt()).isEqualTo(version);

        // validated under the published body: its stricter rule reports errors version 1 only warns about
        JsonNode validation = Api.json(api.get("/api/v1/disclosures/202/" + nextYear.fiscalYear() + "/validation", token).body());
        assertThat(validation.get("templateVersion").asInt()).isEqualTo(version);
        java.util.List<String> vague = new java.util.ArrayList<>();
        validation.get("findings").forEach(f -> {
            if (f.get("ruleId").asString().equals("indicator.value.vague")) {
                vague.add(f.get("severity").asString());
            }
        });
        assertThat(vague).isNotEmpty().containsOnly("ERROR");

        JsonNode catalog = Api.json(api.get("/api/v1/form-templates", token).body());
        assertThat(catalog.get("defaultTemplate").get("version").asInt()).isEqualTo(version);
        assertThat(catalog.get("templates").toString()).contains("\"version\":" + version);
        assertThat(api.get("/api/v1/form-templates/platform-default/" + version, token).statusCode()).isEqualTo(200);

        JsonNode otherCatalog = Api.json(api.get("/api/v1/form-templates", api.token(other + "-api", "stays-secret")).body());
        assertThat(otherCatalog.get("defaultTemplate").get("version").asInt()).isEqualTo(1);
    }

    /** The next platform version: the built-in one with vague indicator values as errors. */
    private static int publishStricterVersion() throws SQLException {
        return Db.asOperators(c -> {
            int version = ((Number) Sql.single(c, "select coalesce(max(version), 1) + 1 from platform_template")).intValue();
            JsonMapper json = JsonMapper.builder().build();
            ObjectNode body = (ObjectNode) json.readTree(FormTemplates.toJson(FormTemplates.platformDefault()));
            body.put("version", version);
            body.withArray("rules").forEach(rule -> {
                if (rule.get("id").asString().equals("indicator.value.vague")) {
                    ((ObjectNode) rule).put("severity", "ERROR");
                }
            });
            FormTemplates.parse(body.toString()); // what tenant-admin checks before publishing
            Sql.update(c, "insert into platform_template (template_id, version, body, published_by) values ('platform-default', ?, ?::jsonb, 'test')",
                    version, body.toString());
            return version;
        });
    }
}
