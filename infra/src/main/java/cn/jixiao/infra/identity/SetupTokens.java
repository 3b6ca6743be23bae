package cn.jixiao.infra.identity;

import java.security.SecureRandom;
import java.util.Base64;

import cn.jixiao.infra.digest.Sha256;

/**
 * One-time links with which a new user sets their first password. The link carries 256 random
 * bits; the database keeps only their SHA-256, so a leaked table cannot be replayed. Shared by the
 * operators' side (first admin of a district) and the platform (users created by a district admin).
 */
public final class SetupTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SetupTokens() {
    }

    /** A fresh token for a link, URL-safe. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What {@code app_user.setup_token_hash} stores for a token. */
    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
