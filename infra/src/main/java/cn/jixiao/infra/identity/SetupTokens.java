package cn.jixiao.infra.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;

import cn.jixiao.infra.digest.Sha256;

/**
 * One-time links with which a new user sets their first password. The link carries 256 random
 * bits; the database keeps only their SHA-256, so a leaked table cannot be replayed. Shared by the
 * operators' side (first admin of a district) and the platform (users created by a district admin).
 */
public final class SetupTokens {

    /** How long a link works. */
    public static final Duration VALIDITY = Duration.ofDays(7);
    /** Where the platform's setup page is, below its context path. */
    public static final String PATH = "/setup/";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SetupTokens() {
    }

    /** A fresh token, valid for {@link #VALIDITY} from now. */
    public static SetupToken issue(Clock clock) {
        return new SetupToken(generate(), OffsetDateTime.now(clock).plus(VALIDITY));
    }

    /** The link to the platform's setup page for a token; {@code platformBase} has no trailing slash. */
    public static String url(String platformBase, String token) {
        return platformBase + PATH + token;
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
