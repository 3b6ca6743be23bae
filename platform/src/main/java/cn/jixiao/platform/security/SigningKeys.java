package cn.jixiao.platform.security;

import static cn.jixiao.infra.jooq.Tables.SIGNING_KEY;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import cn.jixiao.platform.tenancy.TenantBindingTransactionManager;

/**
 * The authorization server's signing key, the same on every instance so tokens survive restarts
 * and load balancing. Read once at start:
 * <ul>
 * <li>with {@code jixiao.security.signing-key-file} set, that file's key (the database is not used);</li>
 * <li>otherwise the newest row of {@code signing_key}; an empty table gets a generated RSA-2048 key
 * under the fixed id {@value #FIRST_KEY_ID}, inserted with ON CONFLICT DO NOTHING and read back, so
 * instances starting together all end up with the one that won.</li>
 * </ul>
 * Tokens are verified against every stored key, so after an operator inserts a newer key (rotation)
 * and the instances restart, tokens signed with the previous key stay valid until they expire.
 * <p>
 * Security: the table holds the <em>private</em> JWK in clear, readable by the application role.
 * Anyone with the application role's credentials (or a database backup) can mint tokens for any
 * district. Production deployments should give every instance the key from a secret store as a
 * file ({@code jixiao.security.signing-key-file}, mounted read-only) and keep the table empty.
 */
@Component
public class SigningKeys {

    static final String FIRST_KEY_ID = "jixiao-1";

    private final RSAKey current;
    private final JWKSet verificationKeys;

    SigningKeys(DSLContext dsl, TenantBindingTransactionManager txManager, IdentityProperties properties) {
        List<RSAKey> keys = properties.signingKeyFile() != null
                ? List.of(SigningKeyFile.read(properties.signingKeyFile()))
                : new TransactionTemplate(txManager).execute(status -> storedOrCreated(dsl));
        this.current = keys.get(0);
        this.verificationKeys = new JWKSet(keys.stream().map(k -> (JWK) k.toPublicJWK()).toList());
    }

    /** The key new tokens are signed with (private). */
    public RSAKey current() {
        return current;
    }

    /** The public keys tokens of ours may be signed with, newest first. */
    public JWKSet verificationKeys() {
        return verificationKeys;
    }

    private static List<RSAKey> storedOrCreated(DSLContext dsl) {
        List<RSAKey> keys = stored(dsl);
        if (keys.isEmpty()) {
            dsl.insertInto(SIGNING_KEY)
                    .set(SIGNING_KEY.KID, FIRST_KEY_ID)
                    .set(SIGNING_KEY.JWK, generate(FIRST_KEY_ID).toJSONString())
                    .onConflictDoNothing()
                    .execute();
            keys = stored(dsl); // ours, or the one another instance committed first
        }
        return keys;
    }

    private static List<RSAKey> stored(DSLContext dsl) {
        return dsl.select(SIGNING_KEY.KID, SIGNING_KEY.JWK)
                .from(SIGNING_KEY)
                .orderBy(SIGNING_KEY.CREATED_AT.desc(), SIGNING_KEY.KID.desc())
                .fetch(r -> parse(r.value1(), r.value2()));
    }

    private static RSAKey parse(String kid, String json) {
        try {
            return new RSAKey.Builder(RSAKey.parse(json)).keyID(kid).build();
        } catch (ParseException e) {
            throw new IllegalStateException("signing_key " + kid + " is not an RSA JWK", e);
        }
    }

    private static RSAKey generate(String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(kid)
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }
}
