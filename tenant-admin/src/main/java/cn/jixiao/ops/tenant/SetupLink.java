package cn.jixiao.ops.tenant;

import java.time.Instant;

/** A one-time link with which an admin sets their first password; shown once, only its hash is stored. */
public record SetupLink(String username, String url, Instant expiresAt) {
}
