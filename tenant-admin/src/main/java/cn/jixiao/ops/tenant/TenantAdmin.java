package cn.jixiao.ops.tenant;

import java.time.Instant;

/** A district admin as operators see them: no password hash, only whether one is set and when their link expires. */
public record TenantAdmin(String username, String displayName, boolean passwordSet, Instant setupLinkExpiresAt) {
}
