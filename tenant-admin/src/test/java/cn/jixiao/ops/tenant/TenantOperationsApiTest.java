package cn.jixiao.ops.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jixiao.infra.testing.Sql;
import cn.jixiao.infra.testing.Db;
import cn.jixiao.ops.testing.Districts;
import cn.jixiao.ops.testing.OpsHttp;
import cn.jixiao.ops.testing.RunningOps;
import cn.jixiao.ops.testing.OpsTestServices;
import tools.jackson.databind.JsonNode;

/** Suspension, public pages, usage, identity providers and the operators' audit log through the API. */
class TenantOperationsApiTest extends RunningOps {

    @Test
    void suspendingAndTakingPagesDownAreIndependentSwitchesEachAudited() throws SQLException {
        String slug = Districts.subscribe(http, "sw");
        UUID id = Db.tenantId(slug);

        JsonNode suspended = OpsHttp.json(put("/tenants/" + slug + "/status", "{\"status\": \"SUSPENDED\"}").body());
        assertThat(suspended.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.get("publicPages").asBoolean()).isTrue();

        JsonNode down = OpsHttp.json(put("/tenants/" + slug + "/public-pages", "{\"published\": false}").body());
        assertThat(down.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(down.get("publicPages").asBoolean()).isFalse();

        JsonNode resumed = OpsHttp.json(put("/tenants/" + slug + "/status", "{\"status\": \"ACTIVE\"}").body());
        assertThat(resumed.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(resumed.get("publicPages").asBoolean()).as("resuming does not republish").isFalse();
        put("/tenants/" + slug + "/status", "{\"status\": \"ACTIVE\"}"); // no change, no entry
        put("/tenants/" + slug + "/public-pages", "{\"published\": true}");

        assertThat(Sql.inTransaction(Db.ops(), c -> Sql.query(c, "select status, public_pages from tenant where id = ?", id)).get(0))
                .containsExactly("ACTIVE", true);
        assertThat(Db.auditAsTenant(id)).extracting(r -> r.get(1)).containsExactly("OPERATOR_TENANT_SUBSCRIBED",
                "OPERATOR_TENANT_SUSPENDED", "OPERATOR_PUBLIC_PAGES_TAKEN_DOWN", "OPERATOR_TENANT_RESUMED", "OPERATOR_PUBLIC_PAGES_RESTORED");

        assertThat(put("/tenants/" + slug + "/status", "{\"status\": \"GONE\"}").statusCode()).isEqualTo(400);
        assertThat(put("/tenants/no-such/status", "{\"status\": \"ACTIVE\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void theListShowsUsageAsThePlatformCountedItAndZerosWhenItHasNot() throws SQLException {
        String counted = Districts.subscribe(http, "used");
        String fresh = Districts.subscribe(http, "fresh");
        UUID id = Db.tenantId(counted);
        // the platform maintains usage as the application role bound to the district
        Db.asTenant(id, c -> {
            return Sql.update(c, "insert into tenant_usage (tenant_id, departments, disclosures, storage_bytes, last_activity_at)"
                    + " values (?, 12, 30, 5242880, ?)", id, OffsetDateTime.parse("2026-03-01T08:00:00Z"));
        });

        JsonNode list = OpsHttp.json(http.api("GET", "/api/ops/v1/tenants", null).body());
        JsonNode usage = find(list, counted).get("usage");
        assertThat(usage.get("departments").asInt()).isEqualTo(12);
        assertThat(usage.get("disclosures").asInt()).isEqualTo(30);
        assertThat(usage.get("storageBytes").asLong()).isEqualTo(5242880L);
        assertThat(usage.get("lastActivityAt").asString()).isEqualTo("2026-03-01T08:00:00Z");
        JsonNode none = find(list, fresh).get("usage");
        assertThat(none.get("departments").asInt()).isZero();
        assertThat(none.get("storageBytes").asLong()).isZero();
        assertThat(none.get("lastActivityAt").isNull()).isTrue();
        assertThat(find(list, fresh).get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void anIssuerServesOneDistrictOnly() throws SQLException {
        String a = Districts.subscribe(http, "idp-a");
        String b = Districts.subscribe(http, "idp-b");
        String issuer = "https://idp.example.cn/realms/" + a;
        String config = """
                {"issuer": "%s", "jwkSetUri": "%s/protocol/openid-connect/certs", "audience": "jixiao"}
                """.formatted(issuer, issuer);

        HttpResponse<String> set = put("/tenants/" + a + "/identity-provider", config);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(OpsHttp.json(set.body()).get("identityProvider").get("usernameClaim").asString()).isEqualTo("preferred_username");

        HttpResponse<String> taken = put("/tenants/" + b + "/identity-provider", config);
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(OpsHttp.json(taken.body()).get("detail").asString()).contains("已配置给区“" + a + "”");
        assertThat(Db.count(Db.ops(), "select count(*) from tenant_identity_provider where issuer = ?", issuer)).isOne();

        assertThat(put("/tenants/" + a + "/identity-provider", config.replace("\"jixiao\"", "\"jixiao-2\"")).statusCode())
                .as("the same district may change its own").isEqualTo(200);
        HttpResponse<String> invalid = put("/tenants/" + b + "/identity-provider", "{\"issuer\": \"ftp://x\", \"jwkSetUri\": \"\", \"audience\": \"\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(OpsHttp.json(invalid.body()).get("errors")).hasSize(3);

        assertThat(http.api("DELETE", "/api/ops/v1/tenants/" + a + "/identity-provider", null).statusCode()).isEqualTo(204);
        assertThat(http.api("DELETE", "/api/ops/v1/tenants/" + a + "/identity-provider", null).statusCode()).isEqualTo(404);
        assertThat(put("/tenants/" + b + "/identity-provider", config).statusCode()).as("free again").isEqualTo(200);

        assertThat(Db.auditAsTenant(Db.tenantId(a))).extracting(r -> r.get(1)).containsExactly("OPERATOR_TENANT_SUBSCRIBED",
                "OPERATOR_IDENTITY_PROVIDER_SET", "OPERATOR_IDENTITY_PROVIDER_SET", "OPERATOR_IDENTITY_PROVIDER_REMOVED");
    }

    @Test
    void aDistrictsWebSignInClientIsStoredButItsSecretNeverShown() throws SQLException {
        String slug = Districts.subscribe(http, "idp-web");
        String issuer = "https://idp.example.cn/realms/" + slug;
        String secret = "province-issued-secret-" + slug;
        String withClient = """
                {"issuer": "%s", "jwkSetUri": "%s/certs", "audience": "jixiao", "webClientId": "jixiao-web", "webClientSecret": "%s"}
                """.formatted(issuer, issuer, secret);
        String idOnly = withClient.replace(", \"webClientSecret\": \"" + secret + "\"", "");

        HttpResponse<String> set = put("/tenants/" + slug + "/identity-provider", withClient);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(OpsHttp.json(set.body()).get("identityProvider").get("webClientId").asString()).isEqualTo("jixiao-web");
        assertThat(set.body()).doesNotContain(secret);
        assertThat(storedWebClient(slug)).containsExactly("jixiao-web", secret);

        assertThat(put("/tenants/" + slug + "/identity-provider", idOnly).statusCode()).isEqualTo(200);
        assertThat(storedWebClient(slug)).as("a blank secret keeps the stored one").containsExactly("jixiao-web", secret);
        assertThat(http.api("GET", "/api/ops/v1/tenants/" + slug, null).body()).contains("jixiao-web").doesNotContain(secret);
        http.login(OpsTestServices.OPERATOR, OpsTestServices.PASSWORD);
        assertThat(http.get("/tenants/" + slug).body()).contains("jixiao-web", "webClientSecret").doesNotContain(secret);
        assertThat(Db.auditAsTenant(Db.tenantId(slug)).toString()).doesNotContain(secret);

        String other = Districts.subscribe(http, "idp-web-new");
        HttpResponse<String> noSecret = put("/tenants/" + other + "/identity-provider", idOnly.replace(slug, other));
        assertThat(noSecret.statusCode()).isEqualTo(400);
        assertThat(noSecret.body()).contains("首次配置网页登录须填写客户端密钥");

        String apiOnly = """
                {"issuer": "%s", "jwkSetUri": "%s/certs", "audience": "jixiao"}
                """.formatted(issuer, issuer);
        HttpResponse<String> off = put("/tenants/" + slug + "/identity-provider", apiOnly);
        assertThat(off.statusCode()).isEqualTo(200);
        assertThat(OpsHttp.json(off.body()).get("identityProvider").get("webClientId").isNull()).isTrue();
        assertThat(storedWebClient(slug)).as("a blank client id turns web sign-in off").containsExactly(null, null);
    }

    private static List<Object> storedWebClient(String slug) throws SQLException {
        UUID tenantId = Db.tenantId(slug);
        return Sql.inTransaction(Db.ops(), c -> Sql.query(c,
                "select web_client_id, web_client_secret from tenant_identity_provider where tenant_id = ?", tenantId)).get(0);
    }

    @Test
    void theOperatorsAuditLogListsTheirActionsPerDistrict() {
        String slug = Districts.subscribe(http, "log");
        put("/tenants/" + slug + "/status", "{\"status\": \"SUSPENDED\"}");

        JsonNode entries = OpsHttp.json(http.api("GET", "/api/ops/v1/audit?tenant=" + slug, null).body());
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("action").asString()).isEqualTo("OPERATOR_TENANT_SUSPENDED");
        assertThat(entries.get(0).get("actor").asString()).isEqualTo("operator:test-operator");
        assertThat(entries.get(1).get("action").asString()).isEqualTo("OPERATOR_TENANT_SUBSCRIBED");
    }

    @Test
    void theDistrictsOwnActivityIsNotVisibleToOperators() throws SQLException {
        String slug = Districts.subscribe(http, "own");
        UUID id = Db.tenantId(slug);
        Db.asTenant(id, c -> {
            return Sql.update(c, "insert into audit_log (tenant_id, actor, action, target) values (?, 'user:admin', 'DISCLOSURE_SAVED', 'x')", id);
        });
        JsonNode entries = OpsHttp.json(http.api("GET", "/api/ops/v1/audit?tenant=" + slug, null).body());
        assertThat(entries.findValuesAsString("action")).containsExactly("OPERATOR_TENANT_SUBSCRIBED");
    }

    private HttpResponse<String> put(String path, String json) {
        return http.api("PUT", "/api/ops/v1" + path, json);
    }

    private static JsonNode find(JsonNode list, String slug) {
        for (JsonNode t : list) {
            if (t.get("slug").asString().equals(slug)) {
                return t;
            }
        }
        throw new AssertionError("no district " + slug + " in " + list);
    }
}
