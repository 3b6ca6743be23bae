package cn.jixiao.platform.security;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform's signing key comes from and how long external issuers' settings are kept
 * (same prefix as {@link SecurityProperties}, kept apart so the two change independently).
 *
 * @param signingKeyFile          an RSA private key given to every instance (PEM PKCS#8 or JWK JSON);
 *                                when set, the {@code signing_key} table is neither read nor written
 * @param externalIssuerCacheTtl  how long a district's issuer settings ({@code tenant_identity_provider})
 *                                are reused before being read again: operators' changes apply within it
 */
@ConfigurationProperties("jixiao.security")
public record IdentityProperties(
        Path signingKeyFile,
        @DefaultValue("2m") Duration externalIssuerCacheTtl) {
}
