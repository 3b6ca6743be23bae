package cn.jixiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.demo.DemoSeed;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.jobs.Jobs;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.TenantState;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.UserTokens;

/**
 * Every endpoint of the JSON API, enumerated from the application's handler mappings (so a new
 * endpoint cannot escape), attacked with missing, forged, expired and foreign-audience tokens,
 * with another district's token (and the demo district's real ids in the path), with a token
 * lacking every permission, with district users whose role lacks the permission (a reviewer
 * writing, a unit editor on whole-department and admin endpoints), and with a suspended district's
 * admin writing. Refusals leave the demo district's disclosure and audit log exactly as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAttackSuiteTest {

    /** Query parameters the endpoints need to reach their service. */
    private static final Map<String, String> QUERIES = Map.of(
            "/api/v1/diffs", "?dept=202&from=2025&to=2025",
            "/api/v1/diffs/overrides", "?dept=202&from=2025&to=2025",
            "/api/v1/district-diffs", "?from=2025&to=2025");

    private static final String PROJECT =
            "{\"baseRevision\":1,\"unitCode\":\"202001\",\"code\":\"99999999P000000000099\",\"name\":\"越权项目\",\"fiscal\":1}";
    private static final String INDICATOR_ROW =
            "{\"baseRevision\":1,\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"description\":\"越权修改\"}";

    /** Well-formed bodies, so that a refusal comes from the permission checks rather than from parsing. */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("PUT /api/v1/disclosures/{deptCode}/{year}", "{\"baseRevision\":1,\"projects\":[]}"),
            Map.entry("POST /api/v1/disclosures/{deptCode}/{year}/status", "{\"to\":\"SUBMITTED\"}"),
            Map.entry("POST /api/v1/disclosures/{deptCode}/{year}/roll-forward", ""),
            Map.entry("PUT /api/v1/disclosures/{deptCode}/{year}/goals", "{\"baseRevision\":1,\"goals\":{\"overall\":[\"越权修改\"]}}"),
            Map.entry("POST /api/v1/disclosures/{deptCode}/{year}/projects", PROJECT),
            Map.entry("PUT /api/v1/disclosures/{deptCode}/{year}/projects/{n}", PROJECT),
            Map.entry("DELETE /api/v1/disclosures/{deptCode}/{year}/projects/{n}", "{\"baseRevision\":1}"),
            Map.entry("POST /api/v1/disclosures/{deptCode}/{year}/projects/{n}/move", "{\"baseRevision\":1,\"to\":2}"),
            Map.entry("PUT /api/v1/disclosures/{deptCode}/{year}/projects/{n}/spend-plan", "{\"baseRevision\":1,\"checkpoints\":[]}"),
            Map.entry("POST /api/v1/disclosures/{deptCode}/{year}/projects/{n}/indicators", INDICATOR_ROW),
            Map.entry("PUT /api/v1/disclosures/{deptCode}/{year}/projects/{n}/indicators/{i}", INDICATOR_ROW),
            Map.entry("DELETE /api/v1/disclosures/{deptCode}/{year}/projects/{n}/indicators/{i}", "{\"baseRevision\":1}"),
            Map.entry("POST /api/v1/disclosures/{deptCode}/{year}/projects/{n}/indicators/{i}/move", "{\"baseRevision\":1,\"to\":2}"),
            Map.entry("POST /api/v1/disclosures/{deptCode}/{year}/template-migration",
                    "{\"to\":{\"id\":\"platform-default\",\"version\":1},\"apply\":true}"),
            Map.entry("POST /api/v1/document-batches", "{\"fiscalYear\":2025}"),
            Map.entry("POST /api/v1/jobs/{id}/resume", ""),
            Map.entry("PUT /api/v1/document-settings", "{\"footerText\":\"越权修改\"}"),
            Map.entry("POST /api/v1/form-templates", "{}"),
            Map.entry("PUT /api/v1/form-templates/default", "{\"id\":\"platform-default\",\"version\":1}"),
            Map.entry("PUT /api/v1/diffs/overrides", "[]"),
            Map.entry("POST /api/v1/imports/{id}/files/{position}/accept", ""),
            Map.entry("POST /api/v1/users", "{\"username\":\"mallory\",\"displayName\":\"越权\",\"role\":\"TENANT_ADMIN\"}"),
            Map.entry("POST /api/v1/users/{username}/setup-link", ""),
            Map.entry("POST /api/v1/users/{username}/disable", ""));

    /** What a unit editor may do besides reading: edit (its units' projects), submit, upload, resume. */
    private static final Set<String> UNIT_EDITOR_MAY = Set.of("PUT /api/v1/disclosures/{deptCode}/{year}",
            "POST /api/v1/disclosures/{deptCode}/{year}/status", "POST /api/v1/imports", "POST /api/v1/jobs/{id}/resume",
            // edits of a project or its rows: its own units' projects (UnitScopeApiTest, ContentEditApiTest); Part 1 only for 本级
            "POST /api/v1/disclosures/{deptCode}/{year}/projects",
            "PUT /api/v1/disclosures/{deptCode}/{year}/projects/{n}",
            "DELETE /api/v1/disclosures/{deptCode}/{year}/projects/{n}",
            "POST /api/v1/disclosures/{deptCode}/{year}/projects/{n}/move",
            "PUT /api/v1/disclosures/{deptCode}/{year}/projects/{n}/spend-plan",
            "POST /api/v1/disclosures/{deptCode}/{year}/projects/{n}/indicators",
            "PUT /api/v1/disclosures/{deptCode}/{year}/projects/{n}/indicators/{i}",
            "DELETE /api/v1/disclosures/{deptCode}/{year}/projects/{n}/indicators/{i}",
            "POST /api/v1/disclosures/{deptCode}/{year}/projects/{n}/indicators/{i}/move");

    /** Re-queues work the district had started before; stores nothing itself (its job is the demo's here: 404). */
    private static final Set<String> SUSPENDED_MAY = Set.of("POST /api/v1/jobs/{id}/resume");

    /** Reads that are for district admins only. */
    private static final Set<String> ADMIN_READS = Set.of("GET /api/v1/audit", "GET /api/v1/users");

    /** Path variables filled with the demo district's keys and real ids, so a wrong answer would leak real data. */
    private Map<String, String> pathValues;

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    RSAKey signingKey;

    @Autowired
    SecurityProperties properties;

    @Autowired
    JWKSource<SecurityContext> keys;

    @Autowired
    Jobs jobs;

    @Autowired
    DisclosureCommands commands;

    Api api;
    String demoTenantId;
    String otherDistrictToken;
    String noScopeToken;
    String reviewerToken;
    String unitEditorToken;
    String suspendedAdminToken;

    @BeforeAll
    void tokens() {
        api = new Api(port);
        String demoToken = api.token("lunan-api", "lunan-demo-secret");
        demoTenantId = Api.json(new String(java.util.Base64.getUrlDecoder().decode(demoToken.split("\\.")[1])))
                .get("tenant_id").asString();
        String other = Slugs.unique("attacker");
        TestTenants.create(other, "attacker-secret", "disclosures.read", "disclosures.write");
        otherDistrictToken = api.token(other + "-api", "attacker-secret");
        String noScope = Slugs.unique("noperm");
        TestTenants.create(noScope, "noperm-secret", "profile");
        noScopeToken = api.token(noScope + "-api", "noperm-secret");

        UserTokens users = new UserTokens(keys, properties);
        reviewerToken = users.mint(UUID.fromString(demoTenantId), Role.REVIEWER);
        // not the department's own unit (202001, 本级), whose editor also writes Part 1
        unitEditorToken = users.mint(UUID.fromString(demoTenantId), Role.UNIT_EDITOR, "202003");
        String suspended = Slugs.unique("suspended");
        UUID suspendedId = TestTenants.create(suspended, "suspended-secret", "disclosures.read");
        CurrentTenant.callAs(new TenantId(suspendedId), "attack-suite", () -> commands.create(DemoSeed.disclosure(), Origin.demo(), "seed"));
        TestTenants.suspend(suspendedId);
        suspendedAdminToken = users.mint(suspendedId, Role.TENANT_ADMIN);

        // real ids of the demo district: a job, and the content key of a rendered document
        UUID job = CurrentTenant.callAs(new TenantId(UUID.fromString(demoTenantId)), "attack-suite",
                () -> jobs.submit("ATTACK_SUITE_PROBE", Map.of(), List.of()));
        String contentKey = api.get("/api/v1/disclosures/202/2025/document.html", demoToken).headers().firstValue("ETag")
                .orElseThrow().replace("\"", "");
        pathValues = Map.of("deptCode", "202", "year", "2025", "format", "html", "id", job.toString(), "key", contentKey,
                "position", "1", "username", "admin", "n", "1", "i", "1");
    }

    record Endpoint(String method, String pattern, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }

        String key() {
            return method + " " + pattern;
        }

        String body() {
            String body = BODIES.get(key());
            return body == null ? "{}" : body.isEmpty() ? null : body;
        }

        boolean knownBody() {
            return method.equals("GET") || BODIES.containsKey(key());
        }
    }

    Stream<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern;
                for (var v : pathValues.entrySet()) {
                    path = path.replace("{" + v.getKey() + "}", v.getValue());
                }
                path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()) + QUERIES.getOrDefault(pattern, "");
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod m : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(m.name(), pattern, path));
                }
            }
        });
        assertThat(endpoints).as("API endpoints found").hasSizeGreaterThanOrEqualTo(6);
        return endpoints.stream();
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void withoutAValidTokenEveryEndpointAnswers401(Endpoint e) throws Exception {
        Instant now = Instant.now();
        assertThat(call(e, null)).as("no token").isEqualTo(401);
        assertThat(call(e, "garbage")).as("malformed").isEqualTo(401);
        assertThat(call(e, mint(otherKey(), properties.audience(), now))).as("wrongly signed").isEqualTo(401);
        assertThat(call(e, mint(signingKey, properties.audience(), now.minusSeconds(3600)))).as("expired").isEqualTo(401);
        assertThat(call(e, mint(signingKey, "some-other-api", now))).as("wrong audience").isEqualTo(401);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void anotherDistrictsTokenGetsNothingOfTheDemoDistrict(Endpoint e) {
        var response = api.send(e.method(), e.path(), otherDistrictToken, e.method().equals("GET") ? null : e.body());
        if (e.pattern().contains("/jobs/{id}") || e.pattern().contains("{key}")) {
            assertThat(response.statusCode()).as("%s: the demo district's ids are not found: %s", e, response.body())
                    .isEqualTo(404);
        }
        // its own (empty) district, a refusal, or not found: never anything of the demo district
        assertThat(response.statusCode()).as("%s: %s", e, response.body()).isIn(200, 201, 202, 400, 403, 404, 409, 415, 422);
        assertThat(response.body()).as("%s leaks demo data", e)
                .doesNotContain("督查", "13020225P", "路南", "lunan", demoTenantId);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aTokenWithoutPermissionsIsForbidden(Endpoint e) {
        var response = api.send(e.method(), e.path(), noScopeToken, e.method().equals("GET") ? null : e.body());
        assertThat(response.statusCode()).as("%s: %s", e, response.body()).isIn(403, 400, 404, 415);
        assertThat(response.body()).doesNotContain("督查", "13020225P");
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aReviewerCannotWrite(Endpoint e) {
        if (isRead(e)) { // the status endpoint's sample body submits, which reviewers may not
            return;
        }
        assertRefusedWithoutChange(e, reviewerToken);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aUnitEditorCannotUseWholeDepartmentOrAdminEndpoints(Endpoint e) {
        if ((isRead(e) && !ADMIN_READS.contains(e.key())) || UNIT_EDITOR_MAY.contains(e.key())) {
            return;
        }
        assertRefusedWithoutChange(e, unitEditorToken);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aSuspendedDistrictCannotWrite(Endpoint e) {
        if (isRead(e) || SUSPENDED_MAY.contains(e.key())) {
            return;
        }
        var response = api.send(e.method(), e.path(), suspendedAdminToken, e.body());
        if (e.knownBody()) {
            assertThat(response.statusCode()).as("%s: %s", e, response.body()).isEqualTo(403);
            assertThat(response.body()).as("%s", e).contains("区县已暂停服务");
        } else {
            assertThat(response.statusCode()).as("%s: %s", e, response.body()).isIn(400, 403, 415);
        }
    }

    private static boolean isRead(Endpoint e) {
        return e.method().equals("GET");
    }

    /** 403 for every endpoint we can send a well-formed request to (else a refusal before it), demo district unchanged. */
    private void assertRefusedWithoutChange(Endpoint e, String token) {
        TenantState before = TenantState.of(UUID.fromString(demoTenantId), "202", 2025);
        var response = api.send(e.method(), e.path(), token, e.body());
        if (e.knownBody()) {
            assertThat(response.statusCode()).as("%s: %s", e, response.body()).isEqualTo(403);
        } else {
            assertThat(response.statusCode()).as("%s: %s", e, response.body()).isIn(400, 403, 415);
        }
        assertThat(TenantState.of(UUID.fromString(demoTenantId), "202", 2025)).as("%s changed the demo district", e).isEqualTo(before);
    }

    private int call(Endpoint e, String token) {
        return api.send(e.method(), e.path(), token, e.method().equals("GET") ? null : "{}").statusCode();
    }

    private String mint(RSAKey key, String audience, Instant issuedAt) {
        var claims = JwtClaimsSet.builder()
                .issuer(properties.issuer().toString())
                .subject("lunan-api")
                .audience(List.of(audience))
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(300))
                .claim("scope", List.of("disclosures.read", "disclosures.write"))
                .claim(TenantClaims.TENANT_ID, demoTenantId)
                .build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build(), claims)).getTokenValue();
    }

    private static RSAKey otherKey() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
    }
}
