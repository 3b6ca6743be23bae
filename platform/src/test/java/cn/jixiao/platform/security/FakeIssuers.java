package cn.jixiao.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;

/**
 * External OIDC issuers made for a test: a JDK HTTP server on a random localhost port publishes
 * each issuer's JWKS at {@code <issuer>/jwks}; each issuer signs tokens with its own RSA key.
 */
public final class FakeIssuers implements AutoCloseable {

    private final HttpServer server;

    FakeIssuers() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
    }

    /** A new issuer {@code http://127.0.0.1:<port>/<name>} publishing its key. */
    Issuer issuer(String name) {
        Issuer issuer = new Issuer("http://127.0.0.1:" + server.getAddress().getPort() + "/" + name, newKey());
        server.createContext("/" + name + "/jwks", exchange -> {
            byte[] body = new JWKSet(issuer.key().toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        return issuer;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public static RSAKey newKey() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One issuer: its URL (the {@code iss} of its tokens) and its signing key. */
    record Issuer(String url, RSAKey key) {

        String jwkSetUri() {
            return url + "/jwks";
        }

        /** A token valid for five minutes, naming this issuer, for {@code audience}; {@code claims} adds or overrides. */
        String token(String audience, Consumer<JwtClaimsSet.Builder> claims) {
            return sign(key, url, audience, claims);
        }
    }

    /** A token with any issuer, signed by any key: for forgeries. */
    public static String sign(RSAKey key, String issuer, String audience, Consumer<JwtClaimsSet.Builder> claims) {
        Instant now = Instant.now();
        var builder = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(UUID.randomUUID().toString())
                .audience(List.of(audience))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300));
        claims.accept(builder);
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build(), builder.build())).getTokenValue();
    }
}
