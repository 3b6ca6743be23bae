package cn.jixiao.platform.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;

import org.springframework.security.converter.RsaKeyConverters;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * Reads the signing key an operator provides as a file: a JWK (JSON, with its {@code kid}) or an
 * unencrypted PKCS#8 PEM ({@code openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048}),
 * whose key id is its JWK thumbprint so every instance given the same file names it alike.
 */
final class SigningKeyFile {

    private SigningKeyFile() {
    }

    static RSAKey read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("signing key file " + file + " cannot be read", e);
        }
        try {
            RSAKey key = text.startsWith("{") ? fromJwk(text) : fromPem(text);
            if (!key.isPrivate()) {
                throw new IllegalStateException("signing key file " + file + " holds no private key");
            }
            return key;
        } catch (ParseException | GeneralSecurityException | JOSEException | IllegalArgumentException e) {
            throw new IllegalStateException("signing key file " + file + " is neither an RSA JWK nor a PKCS#8 PEM: "
                    + e.getMessage(), e);
        }
    }

    private static RSAKey fromJwk(String json) throws ParseException, JOSEException {
        if (!(JWK.parse(json) instanceof RSAKey rsa)) {
            throw new IllegalArgumentException("not an RSA key");
        }
        return rsa.getKeyID() != null ? rsa : new RSAKey.Builder(rsa).keyIDFromThumbprint().build();
    }

    private static RSAKey fromPem(String pem) throws GeneralSecurityException, JOSEException {
        var stream = new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII));
        if (!(RsaKeyConverters.pkcs8().convert(stream) instanceof RSAPrivateCrtKey privateKey)) {
            throw new IllegalArgumentException("the private key holds no public exponent");
        }
        var publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new RSAKey.Builder(publicKey).privateKey(privateKey).keyIDFromThumbprint().build();
    }
}
