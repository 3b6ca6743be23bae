package cn.jixiao.platform.login;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.security.oauth2.jwt.JwtClaimsSet;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cn.jixiao.platform.security.FakeIssuers;

/**
 * A province's OIDC provider made for a test, on 127.0.0.1: discovery document, an authorization
 * endpoint that signs in {@link #signInAs the chosen user} without asking (302 to the redirect URI
 * with a code and the same state), a token endpoint that checks the client's credentials, the
 * redirect URI and the PKCE verifier and returns an ID token signed with its RSA key, and its JWKS.
 */
final class FakeOidcProvider implements AutoCloseable {

    private record Grant(String redirectUri, String nonce, String challenge, String username) {
    }

    private final HttpServer server;
    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String usernameClaim;
    private final RSAKey key = FakeIssuers.newKey();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private volatile String username;
    private volatile IdToken idToken = IdToken.honest();
    /** What the last authorization request asked for. */
    volatile Map<String, String> lastAuthorization = Map.of();

    /** How the token endpoint signs: honestly by default, or a forgery a test chooses. */
    record IdToken(RSAKey key, String issuer, Consumer<JwtClaimsSet.Builder> claims) {
        static IdToken honest() {
            return new IdToken(null, null, c -> { });
        }
    }

    FakeOidcProvider(String name, String clientId, String clientSecret, String usernameClaim) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.usernameClaim = usernameClaim;
        server.createContext("/" + name + "/.well-known/openid-configuration", this::discovery);
        server.createContext("/" + name + "/authorize", this::authorize);
        server.createContext("/" + name + "/token", this::token);
        server.createContext("/" + name + "/jwks", e -> json(e, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    String issuer() {
        return issuer;
    }

    String jwkSetUri() {
        return issuer + "/jwks";
    }

    RSAKey key() {
        return key;
    }

    /** The user who is signed in at this provider, as its {@code usernameClaim}. */
    FakeOidcProvider signInAs(String username) {
        this.username = username;
        return this;
    }

    /** Signs the following ID tokens with {@code key} as {@code issuer} (null: its own), with {@code claims} added. */
    FakeOidcProvider issue(RSAKey key, String issuer, Consumer<JwtClaimsSet.Builder> claims) {
        this.idToken = new IdToken(key, issuer, claims);
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        json(exchange, 200, "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\","
                + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + jwkSetUri() + "\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"code_challenge_methods_supported\":[\"S256\"]}");
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> q = form(exchange.getRequestURI().getRawQuery());
        lastAuthorization = q;
        if (!clientId.equals(q.get("client_id")) || !"code".equals(q.get("response_type"))
                || !"S256".equals(q.get("code_challenge_method")) || q.get("code_challenge") == null) {
            json(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(q.get("redirect_uri"), q.get("nonce"), q.get("code_challenge"), username));
        exchange.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=" + enc(code) + "&state=" + enc(q.get("state")));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> f = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(String.valueOf(f.get("code")));
        if (!clientAuthenticated(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, "{\"error\":\"invalid_client\"}");
        } else if (grant == null || !"authorization_code".equals(f.get("grant_type")) || !grant.redirectUri().equals(f.get("redirect_uri"))
                || f.get("code_verifier") == null || !grant.challenge().equals(s256(f.get("code_verifier")))) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
        } else {
            json(exchange, 200, "{\"access_token\":\"" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                    + "\"scope\":\"openid profile\",\"id_token\":\"" + idToken(grant) + "\"}");
        }
    }

    private String idToken(Grant grant) {
        IdToken how = idToken;
        return FakeIssuers.sign(how.key() == null ? key : how.key(), how.issuer() == null ? issuer : how.issuer(), clientId, c -> {
            c.subject("sub-" + grant.username()).claim(usernameClaim, grant.username()).claim("name", "省平台里的名字");
            if (grant.nonce() != null) {
                c.claim("nonce", grant.nonce());
            }
            how.claims().accept(c);
        });
    }

    private boolean clientAuthenticated(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return false;
        }
        String[] pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8).split(":", 2);
        return pair.length == 2 && clientId.equals(dec(pair[0])) && clientSecret.equals(dec(pair[1]));
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(dec(kv[0]), kv.length > 1 ? dec(kv[1]) : "");
            }
        }
        return values;
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String dec(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
