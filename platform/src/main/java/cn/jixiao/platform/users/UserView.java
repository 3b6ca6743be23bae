package cn.jixiao.platform.users;

import java.time.OffsetDateTime;
import java.util.List;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.infra.identity.UserStatus;

/** A district user as admins see it; never the password hash. */
public record UserView(String username, String displayName, Role role, UserStatus status, List<String> unitCodes,
                       OffsetDateTime lastLoginAt, boolean awaitingPassword) {
}
