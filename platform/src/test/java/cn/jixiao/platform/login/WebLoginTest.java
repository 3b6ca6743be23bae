package cn.jixiao.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponentsBuilder;

import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.TestUsers;

/**
 * Signing in to the web pages over real HTTP: the authorization code flow with PKCE against the
 * embedded authorization server, the district password form, throttling, session fixation, CSRF
 * and the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebLoginTest {

    @LocalServerPort
    int port;

    @Test
    void aDistrictUserSignsInThroughTheCodeFlowWithPkceAndSeesOnlyTheirDistrict() {
        Browser browser = new Browser(port);
        var start = browser.get("/app");
        assertThat(start.statusCode()).isEqualTo(302);
        var authorize = browser.get(start.headers().firstValue("Location").orElseThrow());
        String authorizeUrl = authorize.headers().firstValue("Location").orElseThrow();
        var params = UriComponentsBuilder.fromUriString(authorizeUrl).build().getQueryParams();
        assertThat(URI.create(authorizeUrl).getPath()).isEqualTo("/oauth2/authorize");
        assertThat(params.getFirst("response_type")).isEqualTo("code");
        assertThat(params.getFirst("client_id")).isEqualTo(WebClient.CLIENT_ID);
        assertThat(params.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(params.getFirst("code_challenge")).isNotBlank();

        var loginPage = browser.follow(browser.get(authorizeUrl));
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.body()).contains("登录绩效公开平台");
        String sessionBefore = browser.sessionId();

        var afterPassword = browser.submit(loginPage, "/login",
                Map.of("tenant", "lunan", "username", "admin", "password", "jixiao-demo-pass"));
        assertThat(browser.sessionId()).as("session id changes at login").isNotEqualTo(sessionBefore);
        var code = browser.get(afterPassword.headers().firstValue("Location").orElseThrow());
        String callback = code.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(browser.base() + "/login/oauth2/code/jixiao?code=");

        var home = browser.follow(browser.get(callback));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("唐山市路南区", "演示管理员", "区县管理员", "用户管理");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        String slug = Slugs.unique("lock");
        var tenant = TestTenants.create(slug, "unused-secret", "disclosures.read");
        TestUsers.create(tenant, "zhang", "REVIEWER", "right-password-1");
        Browser browser = new Browser(port);
        for (int i = 0; i < 5; i++) {
            var page = browser.follow(browser.get("/app"));
            var failed = browser.follow(browser.submit(page, "/login",
                    Map.of("tenant", slug, "username", "zhang", "password", "wrong-" + i)));
            assertThat(failed.body()).contains("区县代码、用户名或密码不正确");
        }
        var page = browser.follow(browser.get("/app"));
        var locked = browser.follow(browser.submit(page, "/login",
                Map.of("tenant", slug, "username", "zhang", "password", "right-password-1")));
        assertThat(locked.body()).contains("账户已锁定");
        assertThat(browser.sessionId()).isNotNull();
        assertThat(browser.get("/app").statusCode()).as("still not signed in").isEqualTo(302);
    }

    @Test
    void aBcryptHashIsReplacedByArgon2idAtSignIn() throws Exception {
        String slug = Slugs.unique("hash");
        var tenant = TestTenants.create(slug, "unused-secret", "disclosures.read");
        TestUsers.create(tenant, "sun", "REVIEWER", "right-password-3");
        assertThat(passwordHash(tenant, "sun")).startsWith("{bcrypt}");
        var home = new Browser(port).login(slug, "sun", "right-password-3");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(passwordHash(tenant, "sun")).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
        assertThat(new Browser(port).login(slug, "sun", "right-password-3").body()).as("and still signs in").contains("审核人");
    }

    private static String passwordHash(java.util.UUID tenant, String username) throws java.sql.SQLException {
        return (String) Db.asTenant(tenant, c -> {
            return cn.jixiao.infra.testing.Sql.single(c, "select password_hash from app_user where username = ?", username);
        });
    }

    @Test
    void usersOfASuspendedDistrictCannotSignIn() {
        String slug = Slugs.unique("susp");
        var tenant = TestTenants.create(slug, "unused-secret", "disclosures.read");
        TestUsers.create(tenant, "li", "TENANT_ADMIN", "right-password-2");
        TestTenants.suspend(tenant);
        var landed = new Browser(port).login(slug, "li", "right-password-2");
        assertThat(landed.body()).contains("本区县已暂停服务");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        Browser browser = new Browser(port);
        browser.follow(browser.get("/app"));
        var forged = browser.post("/login", Map.of("tenant", "lunan", "username", "admin", "password", "jixiao-demo-pass"));
        assertThat(forged.statusCode()).isEqualTo(403);

        browser.login("lunan", "admin", "jixiao-demo-pass");
        var forgedCreate = browser.post("/app/users", Map.of("username", "mallory", "displayName", "x", "role", "TENANT_ADMIN"));
        assertThat(forgedCreate.statusCode()).isEqualTo(403);
        var usersPage = browser.get("/app/users");
        assertThat(usersPage.body()).doesNotContain("mallory");
        var forgedLogout = browser.post("/logout", Map.of());
        assertThat(forgedLogout.statusCode()).isEqualTo(403);
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        var page = new Browser(port).get("/login");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "form-action 'self'");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
    }

    @Test
    void behindATlsProxyPagesAskForHsts() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
    }
}
