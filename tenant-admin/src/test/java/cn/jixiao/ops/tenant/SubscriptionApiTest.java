package cn.jixiao.ops.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.infra.identity.SetupTokens;
import cn.jixiao.infra.testing.Sql;
import cn.jixiao.infra.testing.Db;
import cn.jixiao.ops.testing.Districts;
import cn.jixiao.ops.testing.OpsHttp;
import cn.jixiao.ops.testing.RunningOps;
import tools.jackson.databind.JsonNode;

/** Subscribing a district through the API: all of it or nothing, and the admin's one-time link. */
class SubscriptionApiTest extends RunningOps {

    @Test
    void subscribingCreatesTheTenantItsAdminItsPinAndTheAuditEntryTogether() throws SQLException {
        int latest = latestVersion();
        String slug = Slugs.unique("sub");
        HttpResponse<String> response = http.api("POST", "/api/ops/v1/tenants",
                Districts.subscribeJson(slug, "唐山市路北区", "130203", "lubei.admin", "王管理"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/ops/v1/tenants/" + slug);
        JsonNode body = OpsHttp.json(response.body());
        assertThat(body.get("platformTemplateVersion").asInt()).isEqualTo(latest);
        String url = body.get("adminSetupLink").get("url").asString();
        assertThat(url).startsWith("https://jixiao.example.cn/setup/");
        String token = url.substring(url.lastIndexOf('/') + 1);

        UUID tenantId = Db.tenantId(slug);
        List<Object> tenant = Sql.inTransaction(Db.ops(), c -> Sql.query(c,
                "select name, region_code, status, public_pages, platform_template_version from tenant where id = ?", tenantId)).get(0);
        assertThat(tenant).containsExactly("唐山市路北区", "130203", "ACTIVE", true, latest);

        // the district reads what the operators' role may not: no password, only the token's hash
        List<Object> admin = Db.asTenant(tenantId,
                "select username, display_name, role, password_hash, setup_token_hash, setup_token_expires_at, created_by "
                        + "from app_user").get(0);
        assertThat(admin.subList(0, 4)).containsExactly("lubei.admin", "王管理", "TENANT_ADMIN", null);
        assertThat(admin.get(4)).isEqualTo(SetupTokens.hash(token)).isNotEqualTo(token);
        assertThat(((java.sql.Timestamp) admin.get(5)).toInstant())
                .isCloseTo(Instant.now().plus(Duration.ofDays(7)), within(5, ChronoUnit.MINUTES));
        assertThat(admin.get(6)).isEqualTo("operator:test-operator");

        assertThat(Db.auditAsTenant(tenantId)).singleElement().satisfies(row -> {
            assertThat(row.subList(0, 3)).containsExactly("operator:test-operator", "OPERATOR_TENANT_SUBSCRIBED", "tenant/" + slug);
            assertThat((String) row.get(3)).contains("\"admin\": \"lubei.admin\"", "\"platformTemplateVersion\": " + latest);
        });
    }

    @Test
    void badInputIsRefusedInChineseAndCreatesNothing() throws SQLException {
        String slug = Slugs.unique("bad");
        HttpResponse<String> response = http.api("POST", "/api/ops/v1/tenants",
                Districts.subscribeJson(slug, "坏区", "13020", "-bad name-", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode problem = OpsHttp.json(response.body());
        assertThat(problem.get("errors")).hasSize(3);
        assertThat(problem.get("detail").asString()).contains("行政区划代码须为 6 位数字", "管理员用户名", "管理员姓名不能为空");
        assertThat(Db.count(Db.ops(), "select count(*) from tenant where slug = ?", slug)).isZero();

        HttpResponse<String> notJson = http.api("POST", "/api/ops/v1/tenants", "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(OpsHttp.json(notJson.body()).get("detail").asString()).contains("JSON");
    }

    @Test
    void aTakenSlugIsAConflictAndChangesNothing() throws SQLException {
        String slug = Districts.subscribe(http, "dup");
        HttpResponse<String> again = http.api("POST", "/api/ops/v1/tenants",
                Districts.subscribeJson(slug, "另一个区", "130204", "other", "李四"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(OpsHttp.json(again.body()).get("detail").asString()).contains("已被其他区使用");
        assertThat((Object) Sql.inTransaction(Db.ops(), c -> Sql.single(c, "select name from tenant where slug = ?", slug))).isEqualTo("测试区 " + slug);
        assertThat(Db.count(Db.ops(), "select count(*) from app_user u join tenant t on t.id = u.tenant_id where t.slug = ?", slug)).isOne();
    }

    @Test
    void aSetupLinkIsReissuedOnlyWhileTheAdminHasNoPassword() throws SQLException {
        String slug = Districts.subscribe(http, "link");
        UUID tenantId = Db.tenantId(slug);
        String firstHash = adminTokenHash(tenantId);

        HttpResponse<String> reissued = http.api("POST", "/api/ops/v1/tenants/" + slug + "/setup-link", null);
        assertThat(reissued.statusCode()).as(reissued.body()).isEqualTo(200);
        String url = OpsHttp.json(reissued.body()).get("url").asString();
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertThat(adminTokenHash(tenantId)).isEqualTo(SetupTokens.hash(token)).isNotEqualTo(firstHash);
        assertThat(Db.auditAsTenant(tenantId)).extracting(r -> r.get(1)).contains("OPERATOR_SETUP_LINK_REISSUED");

        // the platform's setup page sets the password (as the application role bound to the district)
        Db.asTenant(tenantId, c -> {
            return Sql.update(c, "update app_user set password_hash = '{bcrypt}x', setup_token_hash = null, setup_token_expires_at = null"
                    + " where tenant_id = ?", tenantId);
        });
        HttpResponse<String> refused = http.api("POST", "/api/ops/v1/tenants/" + slug + "/setup-link", null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(OpsHttp.json(refused.body()).get("detail").asString()).contains("尚未设置密码");

        assertThat(http.api("POST", "/api/ops/v1/tenants/no-such-district/setup-link", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theApiNeedsAnOperatorAccount() {
        HttpResponse<String> anonymous = http.api("GET", "/api/ops/v1/tenants", null, null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(OpsHttp.json(anonymous.body()).get("detail").asString()).contains("运维账号");
        assertThat(http.api("GET", "/api/ops/v1/tenants", null, "test-operator", "wrong-password").statusCode()).isEqualTo(401);
        assertThat(http.api("GET", "/api/ops/v1/tenants", null).statusCode()).isEqualTo(200);

        HttpResponse<String> wrongMethod = http.api("PATCH", "/api/ops/v1/tenants", "{}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(OpsHttp.json(wrongMethod.body()).get("title").asString()).isEqualTo("不支持该请求方法");
    }

    private static String adminTokenHash(UUID tenantId) throws SQLException {
        return (String) Db.asTenant(tenantId, "select setup_token_hash from app_user").get(0).get(0);
    }

    private int latestVersion() {
        JsonNode versions = OpsHttp.json(http.api("GET", "/api/ops/v1/templates", null).body());
        return versions.get(versions.size() - 1).get("version").asInt();
    }
}
