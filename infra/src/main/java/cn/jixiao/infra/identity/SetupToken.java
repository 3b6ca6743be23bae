package cn.jixiao.infra.identity;

import static cn.jixiao.infra.jooq.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.Map;

import org.jooq.Field;

/** A freshly issued one-time setup token: the secret is shown once, the user row keeps only its hash. */
public record SetupToken(String token, OffsetDateTime expiresAt) {

    /** The app_user columns that hold it (for {@code insert … set(map)} or {@code update … set(map)}). */
    public Map<Field<?>, Object> columns() {
        return Map.of(APP_USER.SETUP_TOKEN_HASH, SetupTokens.hash(token), APP_USER.SETUP_TOKEN_EXPIRES_AT, expiresAt);
    }
}
