package cn.jixiao.ops.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jixiao.infra.testing.Sql;
import cn.jixiao.infra.testing.Db;
import cn.jixiao.ops.testing.Districts;
import cn.jixiao.ops.testing.OpsHttp;
import cn.jixiao.ops.testing.RunningOps;
import cn.jixiao.templates.forms.FormTemplates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Publishing platform template versions and rolling them out to chosen districts. */
class TemplateCatalogApiTest extends RunningOps {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The built-in template with another version number and name: a valid platform template. */
    static String platformTemplate(int version) {
        ObjectNode doc = (ObjectNode) JSON.readTree(FormTemplates.toJson(FormTemplates.platformDefault()));
        doc.put("version", version);
        doc.put("name", "平台模板（第 " + version + " 版）");
        return doc.toString();
    }

    @Test
    void theNextVersionIsPublishedAndEverythingElseIsRefused() throws SQLException {
        int next = latest() + 1;

        HttpResponse<String> skipping = publish(platformTemplate(next + 1));
        assertThat(skipping.statusCode()).isEqualTo(409);
        assertThat(OpsHttp.json(skipping.body()).get("detail").asString()).contains("新版本号应为 " + next);

        HttpResponse<String> otherId = publish(platformTemplate(next).replace("\"platform-default\"", "\"my-template\""));
        assertThat(otherId.statusCode()).isEqualTo(400);
        assertThat(OpsHttp.json(otherId.body()).get("detail").asString()).contains("编号必须是“platform-default”");

        HttpResponse<String> broken = publish("{\"id\": \"platform-default\", \"version\": " + next + "}");
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(OpsHttp.json(broken.body()).get("detail").asString()).contains("模板无效");

        HttpResponse<String> published = publish(platformTemplate(next));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(published.headers().firstValue("Location")).hasValue("/api/ops/v1/templates/" + next);
        assertThat(Sql.inTransaction(Db.ops(), c -> Sql.query(c,
                "select published_by, body->>'name' from platform_template where version = ?", next)).get(0))
                .containsExactly("test-operator", "平台模板（第 " + next + " 版）");

        assertThat(publish(platformTemplate(next)).statusCode()).as("a published version is immutable").isEqualTo(409);
        assertThat(latest()).isEqualTo(next);
        assertThat(OpsHttp.json(http.api("GET", "/api/ops/v1/templates/" + next, null).body()).get("version").asInt()).isEqualTo(next);
    }

    @Test
    void aRolloutMovesThePinsOfTheChosenDistrictsOnly() throws SQLException {
        String a = Districts.subscribe(http, "ro-a");
        String b = Districts.subscribe(http, "ro-b");
        String untouched = Districts.subscribe(http, "ro-c");
        int before = pin(a);
        int next = latest() + 1;
        assertThat(publish(platformTemplate(next)).statusCode()).isEqualTo(201);

        HttpResponse<String> rollout = http.api("POST", "/api/ops/v1/templates/" + next + "/rollout",
                "{\"tenants\": [\"" + a + "\", \"" + b + "\"]}");
        assertThat(rollout.statusCode()).as(rollout.body()).isEqualTo(200);
        assertThat(OpsHttp.json(rollout.body()).get("changed").toString()).contains(a, b);

        assertThat(List.of(pin(a), pin(b), pin(untouched))).containsExactly(next, next, before);
        assertThat(Db.auditAsTenant(Db.tenantId(a))).anySatisfy(row -> {
            assertThat(row.get(1)).isEqualTo("OPERATOR_TEMPLATE_ROLLED_OUT");
            assertThat((String) row.get(3)).contains("\"toVersion\": " + next, "\"fromVersion\": " + before);
        });
        assertThat(Db.auditAsTenant(Db.tenantId(untouched))).extracting(r -> r.get(1)).doesNotContain("OPERATOR_TEMPLATE_ROLLED_OUT");

        JsonNode versions = OpsHttp.json(http.api("GET", "/api/ops/v1/templates", null).body());
        JsonNode published = versions.get(versions.size() - 1);
        assertThat(published.get("pinnedTenants").toString()).contains(a, b).doesNotContain(untouched);
        assertThat(versions.get(0).get("builtIn").asBoolean()).isTrue();

        // rolling back to the built-in version, and refusals that change nothing
        assertThat(http.api("POST", "/api/ops/v1/templates/1/rollout", "{\"tenants\": [\"" + b + "\"]}").statusCode()).isEqualTo(200);
        assertThat(pin(b)).isEqualTo(1);
        assertThat(http.api("POST", "/api/ops/v1/templates/999/rollout", "{\"tenants\": [\"" + a + "\"]}").statusCode()).isEqualTo(404);
        HttpResponse<String> unknown = http.api("POST", "/api/ops/v1/templates/1/rollout",
                "{\"tenants\": [\"" + a + "\", \"no-such-district\"]}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(pin(a)).as("all or nothing").isEqualTo(next);
    }

    @Test
    void aNewDistrictIsPinnedToTheLatestVersion() throws SQLException {
        int next = latest() + 1;
        assertThat(publish(platformTemplate(next)).statusCode()).isEqualTo(201);
        assertThat(pin(Districts.subscribe(http, "new"))).isEqualTo(next);
    }

    private HttpResponse<String> publish(String body) {
        return http.api("POST", "/api/ops/v1/templates", body);
    }

    private int latest() {
        JsonNode versions = OpsHttp.json(http.api("GET", "/api/ops/v1/templates", null).body());
        return versions.get(versions.size() - 1).get("version").asInt();
    }

    private static int pin(String slug) throws SQLException {
        UUID id = Db.tenantId(slug);
        return Sql.inTransaction(Db.ops(), c -> (Integer) Sql.single(c, "select platform_template_version from tenant where id = ?", id));
    }
}
