package cn.jixiao.platform.users;

import java.util.List;

import org.springframework.web.bind.annotation.BindParam;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.infra.identity.Usernames;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A user a district admin creates; {@code unitCodes} only for UNIT_EDITOR, who needs at least one
 * (checked with the district's units by {@link UserAdministration}). The page's checkboxes are {@code units}.
 */
public record NewUser(
        @Pattern(regexp = Usernames.REGEX, message = "用户名应为 2–64 位字母、数字或 . _ @ -，且以字母或数字开头")
        String username,
        @NotBlank(message = "请填写姓名") String displayName,
        @NotNull(message = "请选择角色") Role role,
        @BindParam("units") List<String> unitCodes) {

    public NewUser {
        username = username == null ? "" : username.strip();
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
    }
}
