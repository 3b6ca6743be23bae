package cn.jixiao.platform.security;

import static cn.jixiao.infra.jooq.Tables.SIGNING_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.jwk.RSAKey;

import cn.jixiao.infra.testing.TestDatabase;
import cn.jixiao.platform.tenancy.TenantBindingTransactionManager;

/**
 * Signing keys shared through the database, as the application role sees it: instances starting
 * together agree on one key, a token outlives the instance that signed it, a newer key takes over
 * without invalidating older tokens, and an operator-provided key file replaces the table.
 */
class SigningKeysTest {

    private static final String ISSUER = "http://localhost:8080";
    private static final String AUDIENCE = "jixiao-api";

    /** One empty database per test: the first start is what is under test. */
    private final Instance db = new Instance(TestDatabase.create(true).appDataSource());

    @TempDir
    Path dir;

    @Test
    void instancesStartingTogetherAgreeOnOneKey() throws Exception {
        int instances = 4;
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RSAKey>> loads = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                loads.add(pool.submit(() -> {
                    start.await();
                    return db.start(null).current();
                }));
            }
            start.countDown();
            List<RSAKey> keys = new ArrayList<>();
            for (Future<RSAKey> load : loads) {
                keys.add(load.get());
            }
            assertThat(keys).extracting(RSAKey::getKeyID).containsOnly(SigningKeys.FIRST_KEY_ID);
            assertThat(keys).extracting(k -> k.getModulus().toString()).hasSize(instances).containsOnly(keys.get(0).getModulus().toString());
            assertThat(keys.get(0).isPrivate()).isTrue();
            assertThat(db.storedKeys()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTokenOutlivesTheInstanceThatSignedIt() {
        SigningKeys before = db.start(null);
        String token = FakeIssuers.sign(before.current(), ISSUER, AUDIENCE, c -> { });

        SigningKeys after = db.start(null); // a restart, or another instance behind the load balancer
        assertThat(after.current().getKeyID()).isEqualTo(before.current().getKeyID());
        assertThat(TokenDecoders.ours(after.verificationKeys(), ISSUER, AUDIENCE).decode(token).getIssuer().toString()).isEqualTo(ISSUER);
        assertThatThrownBy(() -> TokenDecoders.ours(after.verificationKeys(), ISSUER, AUDIENCE)
                .decode(FakeIssuers.sign(FakeIssuers.newKey(), ISSUER, AUDIENCE, c -> { })))
                .as("a key we never stored").isInstanceOf(JwtException.class);
        assertThat(after.verificationKeys().getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    }

    @Test
    void aNewerKeySignsWhileTokensOfTheOlderOneStayValid() {
        SigningKeys first = db.start(null);
        String oldToken = FakeIssuers.sign(first.current(), ISSUER, AUDIENCE, c -> { });
        RSAKey rotated = FakeIssuers.newKey();
        db.tx.execute(s -> db.dsl.insertInto(SIGNING_KEY).set(SIGNING_KEY.KID, "rotated-2").set(SIGNING_KEY.JWK, rotated.toJSONString())
                .set(SIGNING_KEY.CREATED_AT, DSL.currentOffsetDateTime().plus(DSL.inline(1))).execute());

        SigningKeys restarted = db.start(null);
        assertThat(restarted.current().getKeyID()).isEqualTo("rotated-2");
        var decoder = TokenDecoders.ours(restarted.verificationKeys(), ISSUER, AUDIENCE);
        assertThat(decoder.decode(oldToken).getSubject()).isNotBlank();
        assertThat(decoder.decode(FakeIssuers.sign(restarted.current(), ISSUER, AUDIENCE, c -> { })).getSubject()).isNotBlank();
    }

    @Test
    void aKeyFileReplacesTheTable() throws Exception {
        RSAKey generated = FakeIssuers.newKey();
        Path pem = dir.resolve("signing.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(generated.toPrivateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        SigningKeys one = db.start(pem);
        SigningKeys two = db.start(pem);
        assertThat(one.current().getKeyID()).isEqualTo(two.current().getKeyID()).isEqualTo(generated.computeThumbprint().toString());
        assertThat(one.current().getModulus()).isEqualTo(generated.getModulus());
        assertThat(one.current().isPrivate()).isTrue();

        Path jwk = dir.resolve("signing.jwk.json");
        Files.writeString(jwk, new RSAKey.Builder(generated).keyID("ops-key-2026").build().toJSONString());
        assertThat(db.start(jwk).current().getKeyID()).isEqualTo("ops-key-2026");
        assertThat(db.storedKeys()).as("the table is not used").isZero();

        Path publicOnly = dir.resolve("public.jwk.json");
        Files.writeString(publicOnly, generated.toPublicJWK().toJSONString());
        assertThatThrownBy(() -> db.start(publicOnly)).hasMessageContaining("no private key");
        Path garbage = dir.resolve("garbage.pem");
        Files.writeString(garbage, "not a key");
        assertThatThrownBy(() -> db.start(garbage)).isInstanceOf(IllegalStateException.class);
    }

    /** What one platform instance has: the application role's connections and transactions. */
    private static final class Instance {
        final DSLContext dsl;
        final TenantBindingTransactionManager txManager;
        final TransactionTemplate tx;

        Instance(DataSource app) {
            this.dsl = DSL.using(new TransactionAwareDataSourceProxy(app), SQLDialect.POSTGRES);
            this.txManager = new TenantBindingTransactionManager(app);
            this.tx = new TransactionTemplate(txManager);
        }

        SigningKeys start(Path keyFile) {
            return new SigningKeys(dsl, txManager, new IdentityProperties(keyFile, Duration.ofMinutes(2)));
        }

        int storedKeys() {
            return tx.execute(s -> dsl.fetchCount(SIGNING_KEY));
        }
    }
}
