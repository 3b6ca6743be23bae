package cn.jixiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.platform.tenancy.TenantBindingTransactionManager;
import cn.jixiao.platform.testing.Api;

/** The running platform signs with the key stored in the database, so another instance (or a restart) accepts its tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedSigningKeyApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @Autowired
    TenantBindingTransactionManager txManager;

    @Autowired
    IdentityProperties identity;

    @Autowired
    SecurityProperties security;

    @Test
    void aTokenOfThisInstanceVerifiesOnAnInstanceStartedLater() {
        String token = new Api(port).token("lunan-api", "lunan-demo-secret");
        String kid = Api.json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]))).get("kid").asString();

        SigningKeys another = new SigningKeys(dsl, txManager, identity);
        assertThat(another.current().getKeyID()).isEqualTo(kid);
        var jwt = TokenDecoders.ours(another.verificationKeys(), security.issuer().toString(), security.audience()).decode(token);
        assertThat(jwt.getClaimAsString(TenantClaims.TENANT)).isEqualTo("lunan");
    }
}
