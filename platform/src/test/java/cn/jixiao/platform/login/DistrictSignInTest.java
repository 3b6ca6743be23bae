package cn.jixiao.platform.login;

import static cn.jixiao.infra.jooq.Tables.TENANT_IDENTITY_PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponentsBuilder;

import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.infra.testing.TestDatabase;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.security.FakeIssuers;
import cn.jixiao.platform.security.TenantClaims;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TestDisclosures;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.TestUsers;

/**
 * Single sign-on: district X's users sign in to the web pages through X's own OIDC provider (code
 * + PKCE + nonce, ID token checked against X's keys, issuer and web client id), become the user of
 * X our database names, with its role and units, and nothing lets Y's provider sign anyone into X.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistrictSignInTest {

    private static final String REFUSED_USER = "统一身份认证的账户在本区县没有对应的有效用户";

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    FakeOidcProvider xProvider;
    FakeOidcProvider yProvider;
    String xSlug;
    String ySlug;
    UUID x;
    UUID y;

    @BeforeAll
    void districtsWithTheirOwnProviders() {
        xProvider = new FakeOidcProvider("province-x", "jixiao-x-web", "x-web-secret", "preferred_username");
        yProvider = new FakeOidcProvider("province-y", "jixiao-y-web", "y-web-secret", "uid");
        xSlug = Slugs.unique("sso-x");
        ySlug = Slugs.unique("sso-y");
        x = TestTenants.create(xSlug, "unused-secret", "disclosures.read");
        y = TestTenants.create(ySlug, "unused-secret", "disclosures.read");
        CurrentTenant.callAs(new TenantId(x), "test", () -> commands.create(TestDisclosures.seedWithoutErrors(), Origin.demo(), "seed"));
        TestUsers.create(x, "x-editor", "UNIT_EDITOR", null, "202003");
        TestUsers.create(y, "zhangsan", "TENANT_ADMIN", null);
        configure(x, xProvider, "jixiao-x-api", "preferred_username", "jixiao-x-web", "x-web-secret");
        configure(y, yProvider, "jixiao-y-api", "uid", "jixiao-y-web", "y-web-secret");
    }

    @AfterEach
    void honestProviders() {
        for (FakeOidcProvider provider : new FakeOidcProvider[] {xProvider, yProvider}) {
            provider.issue(null, null, c -> { }).signInAs(null);
        }
    }

    @AfterAll
    void stopProviders() {
        xProvider.close();
        yProvider.close();
    }

    @Test
    void aUnitEditorOfXSignsInThroughXsProviderWithItsRoleAndUnit() {
        xProvider.signInAs("x-editor");
        Browser browser = new Browser(port);
        assertThat(browser.get("/login").body()).contains("使用本区统一身份认证登录");
        var sso = browser.get("/login/sso?tenant=" + xSlug.toUpperCase());
        assertThat(sso.statusCode()).isEqualTo(302);
        assertThat(sso.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/district-" + xSlug);
        var authorize = browser.get(sso.headers().firstValue("Location").orElseThrow());
        String authorizeUrl = authorize.headers().firstValue("Location").orElseThrow();
        assertThat(authorizeUrl).startsWith(xProvider.issuer() + "/authorize?");
        var params = UriComponentsBuilder.fromUriString(authorizeUrl).build().getQueryParams();
        assertThat(params.getFirst("scope")).contains("openid").contains("profile");
        assertThat(params.getFirst("nonce")).isNotBlank();
        assertThat(params.getFirst("code_challenge_method")).isEqualTo("S256");

        var home = browser.follow(browser.get(authorizeUrl));
        assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
        assertThat(home.body()).contains("测试用户 x-editor", "单位填报人").doesNotContain("用户管理", "省平台里的名字");
        var page = browser.get("/app/disclosures/202/2025");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(count(page.body(), "class=\"edit-project")).as("only unit 202003's project is editable").isEqualTo(1);
        assertThat(page.body()).contains("projects/3/edit");
        assertThat(browser.get("/app/users").statusCode()).isEqualTo(403);
    }

    @Test
    void aSignInThroughTheProviderIsRecordedAsTheUsersLastLogin() throws Exception {
        xProvider.signInAs("x-editor");
        Browser browser = new Browser(port);
        var home = browser.follow(browser.get("/login/sso?tenant=" + xSlug));
        assertThat(home.statusCode()).isEqualTo(200);
        Object lastLogin = Db.asTenant(x, c -> {
            return cn.jixiao.infra.testing.Sql.single(c, "select last_login_at from app_user where username = 'x-editor'");
        });
        assertThat(lastLogin).isNotNull();
    }

    @Test
    void aUserNotProvisionedInXIsRefused() {
        xProvider.signInAs("lisi");
        assertRefused(xSlug, REFUSED_USER);
        xProvider.signInAs("zhangsan"); // a user of Y, not of X
        assertRefused(xSlug, REFUSED_USER);
    }

    @Test
    void yCannotSignAnyoneIntoX() {
        xProvider.signInAs("x-editor");
        xProvider.issue(yProvider.key(), yProvider.issuer(), c -> { });
        assertRefused(xSlug, SignInFailures.GENERAL); // Y's issuer and keys in X's flow
        xProvider.issue(yProvider.key(), null, c -> { });
        assertRefused(xSlug, SignInFailures.GENERAL); // X's issuer named, Y's key
        xProvider.issue(null, null, c -> c.audience(java.util.List.of("jixiao-y-web")));
        assertRefused(xSlug, SignInFailures.GENERAL); // Y's web client as audience
        xProvider.issue(null, null, c -> c.claim(TenantClaims.TENANT_ID, y.toString()));
        assertRefused(xSlug, REFUSED_USER); // names district Y

        yProvider.signInAs("zhangsan");
        Browser browser = new Browser(port);
        var inY = browser.follow(browser.get("/login/sso?tenant=" + ySlug));
        assertThat(inY.body()).as("Y's provider signs Y's users into Y (control)").contains("测试用户 zhangsan", "区县管理员");
        assertThat(browser.get("/app/disclosures/202/2025").statusCode()).as("X's disclosure is not Y's").isEqualTo(404);
    }

    @Test
    void idTokensOfAnotherSignInOrStaleOnesAreRefused() {
        xProvider.signInAs("x-editor");
        xProvider.issue(null, null, c -> c.claim("nonce", "nonce-of-another-sign-in"));
        assertRefused(xSlug, SignInFailures.GENERAL);
        java.time.Instant past = java.time.Instant.now().minusSeconds(3600);
        xProvider.issue(null, null, c -> c.issuedAt(past).expiresAt(past.plusSeconds(300)));
        assertRefused(xSlug, SignInFailures.GENERAL);
        xProvider.issue(null, null, c -> c.claims(claims -> claims.remove("preferred_username")));
        assertRefused(xSlug, REFUSED_USER);
    }

    @Test
    void aSuspendedDistrictsUsersCannotSignInThisWay() {
        FakeOidcProvider provider = new FakeOidcProvider("province-z", "jixiao-z-web", "z-web-secret", "preferred_username");
        try {
            String slug = Slugs.unique("sso-z");
            UUID z = TestTenants.create(slug, "unused-secret", "disclosures.read");
            TestUsers.create(z, "wangwu", "TENANT_ADMIN", null);
            configure(z, provider, "jixiao-z-api", "preferred_username", "jixiao-z-web", "z-web-secret");
            provider.signInAs("wangwu");
            assertThat(new Browser(port).follow(new Browser(port).get("/login/sso?tenant=" + slug)).statusCode()).isEqualTo(200);

            Browser browser = new Browser(port);
            var toRegistration = browser.get("/login/sso?tenant=" + slug);
            var toProvider = browser.get(toRegistration.headers().firstValue("Location").orElseThrow());
            TestTenants.suspend(z); // while the user is at the provider
            var landed = browser.follow(browser.get(toProvider.headers().firstValue("Location").orElseThrow()));
            assertThat(landed.body()).contains("本区县已暂停服务");
            assertThat(browser.get("/app").statusCode()).as("not signed in").isEqualTo(302);
            assertRefused(slug, "本区县已暂停服务");
        } finally {
            provider.close();
        }
    }

    @Test
    void aDistrictWithoutWebClientCredentialsSaysSo() {
        String slug = Slugs.unique("sso-api-only");
        UUID w = TestTenants.create(slug, "unused-secret", "disclosures.read");
        configure(w, xProvider, "jixiao-w-api", "preferred_username", null, null);
        assertRefused(slug, "本区县未开通统一身份认证登录");
        assertRefused("no-such-district", "本区县未开通统一身份认证登录");
        assertThat(new Browser(port).get("/oauth2/authorization/district-" + slug).statusCode())
                .as("no registration for it either").isNotEqualTo(302);
    }

    /** Signs in through the district's provider; the browser ends on the login page with {@code message}. */
    private void assertRefused(String slug, String message) {
        Browser browser = new Browser(port);
        HttpResponse<String> landed = browser.follow(browser.get("/login/sso?tenant=" + slug));
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains("登录绩效公开平台", message);
        assertThat(browser.get("/app").statusCode()).as("not signed in").isEqualTo(302);
    }

    /** The district's identity provider as an operator configures it; null web client: API tokens only. */
    private static void configure(UUID tenant, FakeOidcProvider provider, String audience, String usernameClaim,
                                  String webClientId, String webClientSecret) {
        DSL.using(TestDatabase.get().opsDataSource(), SQLDialect.POSTGRES).insertInto(TENANT_IDENTITY_PROVIDER)
                .set(TENANT_IDENTITY_PROVIDER.TENANT_ID, tenant)
                .set(TENANT_IDENTITY_PROVIDER.ISSUER, provider.issuer())
                .set(TENANT_IDENTITY_PROVIDER.JWK_SET_URI, provider.jwkSetUri())
                .set(TENANT_IDENTITY_PROVIDER.AUDIENCE, audience)
                .set(TENANT_IDENTITY_PROVIDER.USERNAME_CLAIM, usernameClaim)
                .set(TENANT_IDENTITY_PROVIDER.WEB_CLIENT_ID, webClientId)
                .set(TENANT_IDENTITY_PROVIDER.WEB_CLIENT_SECRET, webClientSecret)
                .execute();
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}
