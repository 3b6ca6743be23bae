package cn.jixiao.platform.security;

import static cn.jixiao.infra.jooq.Tables.APP_USER;
import static cn.jixiao.infra.jooq.Tables.TENANT;
import static cn.jixiao.infra.jooq.Tables.TENANT_IDENTITY_PROVIDER;
import static cn.jixiao.infra.jooq.Tables.UNIT;
import static cn.jixiao.infra.jooq.Tables.USER_UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.infra.identity.UserStatus;
import cn.jixiao.infra.tenant.TenantStatus;
import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.infra.testing.TestDatabase;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantBindingTransactionManager;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.TestDisclosures;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;

/**
 * Districts that trust their own OIDC issuer, over HTTP: issuer A serves district X only, issuer
 * B district Y only; the user, its role and its units come from our database. Every refusal is a
 * 401 with Spring's {@code WWW-Authenticate: Bearer error="invalid_token"}, and nothing of the
 * other district ever shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalIssuerTest {

    private static final String X_DISCLOSURE = "/api/v1/disclosures/202/2025";
    private static final String Y_DISCLOSURE = "/api/v1/disclosures/303/2025";
    private static final String Y_SECRET_NAME = "乙区保密部门";
    private static final String A_AUDIENCE = "jixiao-x";
    private static final String B_AUDIENCE = "jixiao-y";

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    @Autowired
    DSLContext dsl;

    @Autowired
    TenantBindingTransactionManager txManager;

    @Autowired
    IssuerAuthenticationManagers issuers;

    Api api;
    FakeIssuers server;
    FakeIssuers.Issuer a;
    FakeIssuers.Issuer b;
    TenantId x;
    TenantId y;
    String xSlug;

    @BeforeAll
    void districtsWithTheirOwnIssuers() {
        api = new Api(port);
        server = new FakeIssuers();
        a = server.issuer("province-a");
        b = server.issuer("province-b");

        xSlug = Slugs.unique("idp-x");
        x = new TenantId(TestTenants.create(xSlug, "x-secret", "disclosures.read"));
        y = new TenantId(TestTenants.create(Slugs.unique("idp-y"), "y-secret", "disclosures.read"));
        CurrentTenant.callAs(x, "test", () -> commands.create(TestDisclosures.seedWithoutErrors(), Origin.demo(), "seed"));
        CurrentTenant.callAs(y, "test", () -> commands.create(secretDisclosureOfY(), Origin.demo(), "seed"));

        // the same username in both districts: the issuer, not the name, decides the district
        addUser(x, "zhangsan", Role.TENANT_ADMIN, "ACTIVE");
        addUser(x, "x-editor", Role.UNIT_EDITOR, "ACTIVE", "202001");
        addUser(x, "x-disabled", Role.TENANT_ADMIN, "DISABLED");
        addUser(y, "zhangsan", Role.TENANT_ADMIN, "ACTIVE");
        trust(x, a, A_AUDIENCE, "preferred_username");
        trust(y, b, B_AUDIENCE, "uid");
    }

    @AfterAll
    void stopIssuers() {
        server.close();
    }

    @Test
    void issuerAsTokenReadsItsDistrictsDisclosure() {
        var response = api.get(X_DISCLOSURE, aToken("zhangsan"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Api.json(response.body()).get("district").get("slug").asString()).isEqualTo(xSlug);
    }

    @Test
    void issuerAsTokenGetsNothingOfTheOtherDistrict() {
        String token = aToken("zhangsan");
        var response = api.get(Y_DISCLOSURE, token);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(Y_SECRET_NAME, "303001", y.toString());
        var departments = api.get("/api/v1/departments", token);
        assertThat(departments.statusCode()).isEqualTo(200);
        assertThat(Api.json(departments.body()).findValuesAsString("code")).containsExactly("202", "202001", "202003");
        assertThat(departments.body()).doesNotContain(Y_SECRET_NAME);
    }

    @Test
    void issuerBsTokensWorkForYOnly() {
        String token = b.token(B_AUDIENCE, c -> c.claim("uid", "zhangsan"));
        var own = api.get(Y_DISCLOSURE, token);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains(Y_SECRET_NAME);
        var other = api.get(X_DISCLOSURE, token);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("督查", "13020225P");
        assertRefused(b.token(B_AUDIENCE, c -> c.claim("preferred_username", "zhangsan")), "Y matches users by its own claim (uid)");
    }

    @Test
    void aTokenNamingAnotherDistrictIsRefused() {
        assertRefused(a.token(A_AUDIENCE, c -> c.claim("preferred_username", "zhangsan").claim(TenantClaims.TENANT_ID, y.toString())),
                "tenant_id of Y in A's token");
        assertRefused(a.token(A_AUDIENCE, c -> c.claim("preferred_username", "zhangsan").claim(TenantClaims.TENANT_ID, "not-a-uuid")),
                "tenant_id that is no district");
        assertThat(api.get(X_DISCLOSURE, a.token(A_AUDIENCE, c -> c.claim("preferred_username", "zhangsan")
                .claim(TenantClaims.TENANT_ID, x.toString()))).statusCode()).as("its own district named (control)").isEqualTo(200);
    }

    @Test
    void forgedWrongAndStaleTokensAreRefused() {
        Instant past = Instant.now().minusSeconds(3600);
        assertRefused(FakeIssuers.sign(a.key(), b.url(), B_AUDIENCE, c -> c.claim("uid", "zhangsan")), "iss B, signed by A's key");
        assertRefused(FakeIssuers.sign(FakeIssuers.newKey(), a.url(), A_AUDIENCE, c -> c.claim("preferred_username", "zhangsan")),
                "iss A, signed by an unknown key");
        assertRefused(FakeIssuers.sign(a.key(), "http://127.0.0.1:1/nobody", A_AUDIENCE, c -> c.claim("preferred_username", "zhangsan")),
                "an issuer no district trusts");
        assertRefused(a.token(B_AUDIENCE, c -> c.claim("preferred_username", "zhangsan")), "wrong audience");
        assertRefused(a.token(A_AUDIENCE, c -> c.claim("preferred_username", "zhangsan").issuedAt(past).expiresAt(past.plusSeconds(300))),
                "expired");
        assertRefused(a.token(A_AUDIENCE, c -> c.claim("preferred_username", "zhangsan").claims(claims -> claims.remove("exp"))),
                "never expires");
    }

    @Test
    void usersWeDoNotKnowAreRefused() {
        assertRefused(aToken("lisi"), "not provisioned");
        assertRefused(aToken("x-disabled"), "disabled");
        assertRefused(a.token(A_AUDIENCE, c -> c.claim("uid", "zhangsan")), "no username claim");
    }

    @Test
    void aSuspendedDistrictsUsersAreRefused() {
        FakeIssuers.Issuer c = server.issuer("province-c");
        TenantId z = new TenantId(TestTenants.create(Slugs.unique("idp-z"), "z-secret", "disclosures.read"));
        addUser(z, "wangwu", Role.TENANT_ADMIN, "ACTIVE");
        trust(z, c, "jixiao-z", "preferred_username");
        String token = c.token("jixiao-z", claims -> claims.claim("preferred_username", "wangwu"));
        assertThat(api.get("/api/v1/departments", token).statusCode()).as("active (control)").isEqualTo(200);

        ops().update(TENANT).set(TENANT.STATUS, TenantStatus.SUSPENDED).where(TENANT.ID.eq(z.value())).execute();
        assertRefused(token, "suspended district");
    }

    @Test
    void anIssuerTrustedByTwoDistrictsIsTrustedByNone() {
        FakeIssuers.Issuer shared = server.issuer("province-shared");
        for (String name : List.of("idp-v", "idp-w")) {
            TenantId t = new TenantId(TestTenants.create(Slugs.unique(name), "s", "disclosures.read"));
            addUser(t, "zhaoliu", Role.TENANT_ADMIN, "ACTIVE");
            trust(t, shared, "jixiao-shared", "preferred_username");
        }
        assertRefused(shared.token("jixiao-shared", c -> c.claim("preferred_username", "zhaoliu")), "ambiguous issuer");
    }

    @Test
    void aUnitEditorGetsItsRoleAndUnitsFromOurDatabaseNotFromTheToken() {
        var editor = authenticate(a.token(A_AUDIENCE, c -> c.claim("preferred_username", "x-editor")
                .claim("scope", List.of("users.manage", "disclosures.publish"))
                .claim(TenantClaims.ROLE, "TENANT_ADMIN")
                .claim(TenantClaims.UNITS, List.of("303001"))));
        assertThat(editor.tenantId()).isEqualTo(x);
        assertThat(editor.getName()).isEqualTo("x-editor");
        assertThat(editor.writableUnits()).isEqualTo(Optional.of(Set.of("202001")));
        assertThat(editor.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("SCOPE_disclosures.read", "SCOPE_disclosures.write", "ROLE_UNIT_EDITOR");

        var admin = authenticate(aToken("zhangsan"));
        assertThat(admin.tenantId()).isEqualTo(x);
        assertThat(admin.writableUnits()).isEmpty();
        assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_TENANT_ADMIN", "SCOPE_users.manage", "SCOPE_disclosures.publish");

        assertThatThrownBy(() -> authenticate(aToken("lisi"))).isInstanceOf(InvalidBearerTokenException.class);
    }

    private TenantJwtAuthentication authenticate(String token) {
        String issuer = Api.json(new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]))).get("iss").asString();
        return (TenantJwtAuthentication) issuers.resolve(issuer).authenticate(new BearerTokenAuthenticationToken(token));
    }

    private String aToken(String username) {
        return a.token(A_AUDIENCE, c -> c.claim("preferred_username", username));
    }

    private void assertRefused(String token, String why) {
        HttpResponse<String> response = api.get(X_DISCLOSURE, token);
        assertThat(response.statusCode()).as(why + ": " + response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).as(why).hasValueSatisfying(h ->
                assertThat(h).startsWith("Bearer").contains("invalid_token"));
        assertThat(response.body()).doesNotContain("督查", Y_SECRET_NAME);
    }

    /** Y's only department: names no other district has, so a leak would show. */
    private static Disclosure secretDisclosureOfY() {
        Disclosure seed = TestDisclosures.seedWithoutErrors();
        List<Project> projects = seed.projects().stream().map(p -> new Project("303001", p.code(), p.name(), p.budget(), p.purpose(),
                p.spendPlan(), p.goal(), p.indicators())).toList();
        return new Disclosure(new Department("303", Y_SECRET_NAME, List.of(new Unit("303001", "乙区保密单位"))), 2025, seed.goals(),
                projects);
    }

    /** A user of a district as the district's admin creates it (as the application role, bound to the district). */
    private void addUser(TenantId tenant, String username, Role role, String status, String... unitCodes) {
        CurrentTenant.callAs(tenant, "test", () -> new TransactionTemplate(txManager).execute(s -> {
            UUID id = dsl.insertInto(APP_USER)
                    .set(APP_USER.TENANT_ID, tenant.value())
                    .set(APP_USER.USERNAME, username)
                    .set(APP_USER.DISPLAY_NAME, username)
                    .set(APP_USER.ROLE, role)
                    .set(APP_USER.STATUS, UserStatus.valueOf(status))
                    .set(APP_USER.CREATED_BY, "test")
                    .returning(APP_USER.ID).fetchSingle(APP_USER.ID);
            for (String code : unitCodes) {
                dsl.insertInto(USER_UNIT)
                        .set(USER_UNIT.TENANT_ID, tenant.value())
                        .set(USER_UNIT.USER_ID, id)
                        .set(USER_UNIT.UNIT_ID, dsl.select(UNIT.ID).from(UNIT).where(UNIT.CODE.eq(code)).fetchSingle(UNIT.ID))
                        .execute();
            }
            return id;
        }));
    }

    /** The district trusts the issuer, as an operator configures it. */
    private static void trust(TenantId tenant, FakeIssuers.Issuer issuer, String audience, String usernameClaim) {
        ops().insertInto(TENANT_IDENTITY_PROVIDER)
                .set(TENANT_IDENTITY_PROVIDER.TENANT_ID, tenant.value())
                .set(TENANT_IDENTITY_PROVIDER.ISSUER, issuer.url())
                .set(TENANT_IDENTITY_PROVIDER.JWK_SET_URI, issuer.jwkSetUri())
                .set(TENANT_IDENTITY_PROVIDER.AUDIENCE, audience)
                .set(TENANT_IDENTITY_PROVIDER.USERNAME_CLAIM, usernameClaim)
                .execute();
    }

    private static DSLContext ops() {
        return DSL.using(TestDatabase.get().opsDataSource(), SQLDialect.POSTGRES);
    }
}
