package cn.jixiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.TestTenants;

/**
 * Every endpoint of the JSON API, enumerated from the application's handler mappings (so a new
 * endpoint cannot escape), attacked with missing, forged, expired and foreign-audience tokens,
 * with another district's token, and with a token lacking every permission.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAttackSuiteTest {

    /** Path variables filled with the demo district's keys, so a wrong answer would leak real data. */
    private static final Map<String, String> PATH_VALUES = Map.of("deptCode", "202", "year", "2025", "format", "docx");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    RSAKey signingKey;

    @Autowired
    SecurityProperties properties;

    Api api;
    String demoTenantId;
    String otherDistrictToken;
    String noScopeToken;

    @BeforeAll
    void tokens() {
        api = new Api(port);
        String demoToken = api.token("lunan-api", "lunan-demo-secret");
        demoTenantId = Api.json(new String(java.util.Base64.getUrlDecoder().decode(demoToken.split("\\.")[1])))
                .get("tenant_id").asString();
        String other = TestTenants.uniqueSlug("attacker");
        TestTenants.create(other, "attacker-secret", "disclosures.read", "disclosures.write");
        otherDistrictToken = api.token(other + "-api", "attacker-secret");
        String noScope = TestTenants.uniqueSlug("noperm");
        TestTenants.create(noScope, "noperm-secret", "profile");
        noScopeToken = api.token(noScope + "-api", "noperm-secret");
    }

    record Endpoint(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
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
                for (var v : PATH_VALUES.entrySet()) {
                    path = path.replace("{" + v.getKey() + "}", v.getValue());
                }
                path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod m : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(m.name(), path));
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
        var response = api.send(e.method(), e.path(), otherDistrictToken, e.method().equals("GET") ? null : "{\"baseRevision\":1,\"projects\":[]}");
        // its own (empty) district, a refusal, or not found: never anything of the demo district
        assertThat(response.statusCode()).as("%s: %s", e, response.body()).isIn(200, 201, 202, 400, 403, 404, 409, 415, 422);
        assertThat(response.body()).as("%s leaks demo data", e)
                .doesNotContain("督查", "13020225P", "路南", "lunan", demoTenantId);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aTokenWithoutPermissionsIsForbidden(Endpoint e) {
        var response = api.send(e.method(), e.path(), noScopeToken, e.method().equals("GET") ? null : "{\"baseRevision\":1,\"projects\":[]}");
        assertThat(response.statusCode()).as("%s: %s", e, response.body()).isIn(403, 400, 404, 415);
        assertThat(response.body()).doesNotContain("督查", "13020225P");
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
