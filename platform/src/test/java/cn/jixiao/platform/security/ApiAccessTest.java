package cn.jixiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.TestTenants;

/**
 * The API as a client sees it over HTTP: client-credentials tokens from the embedded authorization
 * server carry the district, and the district comes only from a verified token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiAccessTest {

    private static final String DEMO_DISCLOSURE = "/api/v1/disclosures/202/2025";

    @LocalServerPort
    int port;

    @Autowired
    RSAKey signingKey;

    @Autowired
    SecurityProperties properties;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void aClientSecretStoredWithBcryptIsRehashedWithArgon2idOnUse() throws Exception {
        String slug = Slugs.unique("rehash");
        var tenant = cn.jixiao.platform.testing.TestTenants.create(slug, "rehash-secret", "disclosures.read");
        assertThat(secretHash(tenant, slug + "-api")).startsWith("{bcrypt}");
        api.token(slug + "-api", "rehash-secret");
        assertThat(secretHash(tenant, slug + "-api")).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
        assertThat(api.tokenResponse(slug + "-api", "rehash-secret", null).statusCode()).as("still valid").isEqualTo(200);
        assertThat(api.tokenResponse(slug + "-api", "wrong-secret", null).statusCode()).isEqualTo(401);
    }

    private static String secretHash(java.util.UUID tenant, String clientId) throws java.sql.SQLException {
        return (String) Db.asTenant(tenant, c -> {
            return cn.jixiao.infra.testing.Sql.single(c, "select secret_hash from api_client where client_id = ?", clientId);
        });
    }

    @Test
    void demoClientGetsATokenCarryingItsDistrictAndReadsItsDisclosure() {
        var tokenResponse = api.tokenResponse("lunan-api", "lunan-demo-secret", null);
        assertThat(tokenResponse.statusCode()).isEqualTo(200);
        String token = Api.json(tokenResponse.body()).get("access_token").asString();
        var claims = Api.json(new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1])));
        assertThat(claims.get("tenant").asString()).isEqualTo("lunan");
        assertThat(claims.get("tenant_id").asString()).isNotBlank();
        assertThat(claims.get("aud").isArray() ? claims.get("aud").get(0).asString() : claims.get("aud").asString())
                .isEqualTo("jixiao-api");
        assertThat(claims.get("scope").toString()).contains("disclosures.read");

        var response = api.get(DEMO_DISCLOSURE, token);
        assertThat(response.statusCode()).isEqualTo(200);
        var body = Api.json(response.body());
        assertThat(body.get("district").get("slug").asString()).isEqualTo("lunan");
        assertThat(body.get("department").get("code").asString()).isEqualTo("202");
        assertThat(body.get("projects")).hasSize(4);
    }

    @Test
    void departmentsListsTheTenantsDepartmentsWithUnits() {
        var response = api.get("/api/v1/departments", api.token("lunan-api", "lunan-demo-secret"));
        assertThat(response.statusCode()).isEqualTo(200);
        var departments = Api.json(response.body());
        assertThat(departments).hasSize(1);
        assertThat(departments.get(0).get("code").asString()).isEqualTo("202");
        assertThat(departments.get(0).get("units").findValuesAsString("code")).containsExactly("202001", "202003");
    }

    @Test
    void anotherDistrictsTokenCannotReadTheDemoDisclosure() {
        String slug = Slugs.unique("other");
        TestTenants.create(slug, "other-secret", "disclosures.read");
        String otherToken = api.token(slug + "-api", "other-secret");

        var response = api.get(DEMO_DISCLOSURE, otherToken);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("督查", "13020225P");
        var departments = api.get("/api/v1/departments", otherToken);
        assertThat(Api.json(departments.body())).isEmpty();
    }

    @Test
    void requestsWithoutAValidTokenAreRefused() throws Exception {
        assertThat(api.get(DEMO_DISCLOSURE, null).statusCode()).isEqualTo(401);
        assertThat(api.get(DEMO_DISCLOSURE, "not-a-jwt").statusCode()).isEqualTo(401);
        assertThat(api.tokenResponse("lunan-api", "wrong-secret", null).statusCode()).isEqualTo(401);
        assertThat(api.tokenResponse("nobody-api", "whatever", null).statusCode()).isEqualTo(401);

        String tenantId = Api.json(new String(java.util.Base64.getUrlDecoder()
                .decode(api.token("lunan-api", "lunan-demo-secret").split("\\.")[1]))).get("tenant_id").asString();
        Instant now = Instant.now();
        assertThat(api.get(DEMO_DISCLOSURE, mint(signingKey, properties.audience(), tenantId, now)).statusCode())
                .as("a well-formed token of ours is accepted (control)").isEqualTo(200);
        assertThat(api.get(DEMO_DISCLOSURE, mint(otherKey(), properties.audience(), tenantId, now)).statusCode())
                .as("wrongly signed").isEqualTo(401);
        assertThat(api.get(DEMO_DISCLOSURE, mint(signingKey, "another-api", tenantId, now)).statusCode())
                .as("wrong audience").isEqualTo(401);
        assertThat(api.get(DEMO_DISCLOSURE, mint(signingKey, properties.audience(), tenantId, now.minusSeconds(3600))).statusCode())
                .as("expired").isEqualTo(401);
        assertThat(api.get(DEMO_DISCLOSURE, mint(signingKey, properties.audience(), null, now)).statusCode())
                .as("no tenant claim").isEqualTo(401);
    }

    @Test
    void aTokenWithoutTheReadScopeIsForbidden() {
        String slug = Slugs.unique("noscope");
        TestTenants.create(slug, "noscope-secret", "reports.read");
        var response = api.get("/api/v1/departments", api.token(slug + "-api", "noscope-secret"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private String mint(RSAKey key, String audience, String tenantId, Instant issuedAt) {
        var claims = JwtClaimsSet.builder()
                .issuer(properties.issuer().toString())
                .subject("lunan-api")
                .audience(List.of(audience))
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(300))
                .claim("scope", List.of("disclosures.read"));
        if (tenantId != null) {
            claims.claim(TenantClaims.TENANT_ID, tenantId);
        }
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build(),
                claims.build())).getTokenValue();
    }

    private static RSAKey otherKey() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
    }
}
