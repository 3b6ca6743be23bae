package cn.jixiao.platform.users;

import java.time.OffsetDateTime;

/** A one-time link's secret part, shown once to the admin who hands it to the user. */
public record SetupLink(String username, String token, OffsetDateTime expiresAt) {
}
