package cn.jixiao.ops.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.infra.testing.Db;
import cn.jixiao.ops.testing.RunningOps;
import cn.jixiao.ops.testing.OpsTestServices;

/** The console as a browser uses it: login, session, CSRF, security headers. */
class ConsoleSecurityTest extends RunningOps {

    @Test
    void pagesNeedALoginAndTheSessionIdChangesAtLogin() {
        HttpResponse<String> anonymous = http.get("/tenants");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        String before = http.sessionId();
        assertThat(before).as("the login page's CSRF token lives in a session").isNotNull();
        HttpResponse<String> login = http.login(OpsTestServices.OPERATOR, OpsTestServices.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(http.sessionId()).isNotNull().isNotEqualTo(before);

        HttpResponse<String> page = http.get("/tenants");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-CN\"", "<h1>区（租户）</h1>", "<th scope=\"col\" class=\"num\">部门数</th>",
                "<label for=\"regionCode\">", "htmx.min.js");
        assertThat(http.get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void securityHeadersForbidInlineScriptsAndFraming() {
        HttpResponse<String> page = http.get("/login");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "default-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=\"");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("HSTS only over TLS").isEmpty();
    }

    @Test
    void aStateChangingPostNeedsTheCsrfToken() throws SQLException {
        http.login(OpsTestServices.OPERATOR, OpsTestServices.PASSWORD);
        String slug = Slugs.unique("csrf");
        Map<String, String> form = Map.of("slug", slug, "name", "表单区", "regionCode", "130204",
                "adminUsername", "form.admin", "adminDisplayName", "钱七");

        HttpResponse<String> forged = http.postForm("/tenants", form, null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(Db.count(Db.ops(), "select count(*) from tenant where slug = ?", slug)).isZero();

        HttpResponse<String> created = http.postForm("/tenants", form, http.csrfOf("/tenants"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/tenants/" + slug));
        assertThat(Db.count(Db.ops(), "select count(*) from tenant where slug = ?", slug)).isOne();

        HttpResponse<String> detail = http.get("/tenants/" + slug);
        assertThat(detail.body()).contains("管理员设置链接（只显示这一次）", "https://jixiao.example.cn/setup/");
        assertThat(http.get("/tenants/" + slug).body()).as("shown once").doesNotContain("https://jixiao.example.cn/setup/");

        HttpResponse<String> invalid = http.postForm("/tenants", Map.of("slug", "Bad Slug", "name", "", "regionCode", "1",
                "adminUsername", "x", "adminDisplayName", "y"), http.csrfOf("/tenants"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("未能开通", "行政区划代码须为 6 位数字", "value=\"Bad Slug\"");

        HttpResponse<String> suspend = http.postForm("/tenants/" + slug + "/status", Map.of("status", "SUSPENDED"),
                http.csrfOf("/tenants/" + slug));
        assertThat(suspend.statusCode()).isEqualTo(302);
        assertThat(http.get("/tenants/" + slug).body()).contains("已暂停该区。", "恢复该区");
        assertThat(http.get("/audit?tenant=" + slug).body()).contains("data-action=\"OPERATOR_TENANT_SUSPENDED\"",
                "operator:test-operator", "暂停本区使用", "本区（" + slug + "）", "状态：", "暂停").doesNotContain("{\"status\"");
        HttpResponse<String> unknown = http.get("/tenants/no-such-district");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("<h1>未找到</h1>", "未找到区“no-such-district”");
        assertThat(http.get("/templates").body()).contains("<h1>平台模板目录</h1>", "<th scope=\"row\">第 1 版</th>", "平台内置", slug);
    }

    @Test
    void theApiNeedsNoCsrfTokenButTheConsoleSessionDoesNotOpenIt() {
        http.login(OpsTestServices.OPERATOR, OpsTestServices.PASSWORD);
        // the API is stateless Basic: a console session cookie is not a credential there
        assertThat(http.api("GET", "/api/ops/v1/tenants", null, null, null).statusCode()).isEqualTo(401);
    }
}
