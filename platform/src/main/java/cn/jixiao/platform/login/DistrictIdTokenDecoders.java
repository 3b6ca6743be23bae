package cn.jixiao.platform.login;

import java.time.Duration;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;

import cn.jixiao.platform.security.LookupCaches;

/**
 * ID token decoders for the web sign-in, made by Spring's {@link OidcIdTokenDecoderFactory} (issuer's
 * keys, {@code iss}, {@code aud}, expiry). That factory keeps one decoder per registration id for
 * ever; a district's registration changes when operators change its issuer, keys or client, so
 * decoders are kept per registration <em>and</em> those settings, and only for a while.
 */
@Component
class DistrictIdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

    private final Cache<String, JwtDecoder> decoders = LookupCaches.expiring(Duration.ofMinutes(10), 1000);

    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        var provider = registration.getProviderDetails();
        String key = String.join(" ", registration.getRegistrationId(), String.valueOf(provider.getIssuerUri()),
                String.valueOf(provider.getJwkSetUri()), registration.getClientId());
        return decoders.get(key, k -> new OidcIdTokenDecoderFactory().createDecoder(registration));
    }
}
