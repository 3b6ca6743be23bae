package cn.jixiao.platform.login;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.github.benmanes.caffeine.cache.Cache;

import cn.jixiao.platform.security.LookupCaches;

/**
 * Reads an issuer's OIDC discovery document ({@code {issuer}/.well-known/openid-configuration})
 * for its authorization and token endpoints. Short timeouts, since a browser waits on it; results
 * (and failures) are kept for a minute so a slow or broken issuer is not asked on every click. A
 * document naming another issuer than the one asked for is not used (OIDC Discovery §4.3).
 */
@Component
class OidcDiscovery {

    /** What a sign-in needs of the issuer's metadata. */
    record Endpoints(String authorizationUri, String tokenUri) {
    }

    private static final Logger log = LoggerFactory.getLogger(OidcDiscovery.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final RestClient http;
    private final Cache<String, Optional<Endpoints>> cache = LookupCaches.expiring(Duration.ofMinutes(1), 200);

    OidcDiscovery() {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(TIMEOUT);
        requests.setReadTimeout(TIMEOUT);
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    Optional<Endpoints> endpoints(String issuer) {
        return cache.get(issuer, this::fetch);
    }

    private Optional<Endpoints> fetch(String issuer) {
        String location = issuer.replaceAll("/$", "") + "/.well-known/openid-configuration";
        try {
            Map<?, ?> document = http.get().uri(location).retrieve().body(Map.class);
            if (document == null || !issuer.equals(document.get("issuer"))
                    || !(document.get("authorization_endpoint") instanceof String authorize)
                    || !(document.get("token_endpoint") instanceof String token)) {
                log.warn("OIDC discovery document of {} is incomplete or names another issuer", issuer);
                return Optional.empty();
            }
            return Optional.of(new Endpoints(authorize, token));
        } catch (RestClientException | IllegalArgumentException e) {
            log.warn("OIDC discovery of {} failed: {}", issuer, e.getMessage());
            return Optional.empty();
        }
    }
}
