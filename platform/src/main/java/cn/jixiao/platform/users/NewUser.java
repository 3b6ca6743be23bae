package cn.jixiao.platform.users;

import java.util.List;

import cn.jixiao.infra.identity.Role;

/** A user a district admin creates; {@code unitCodes} only for UNIT_EDITOR, who needs at least one. */
public record NewUser(String username, String displayName, Role role, List<String> unitCodes) {

    public NewUser {
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
    }
}
