package cn.jixiao.ops.tenant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.jixiao.infra.identity.Usernames;

/**
 * What an operator enters to subscribe a district: its slug, name and 6-digit region code, and its
 * first administrator. Blanks around values are dropped before the checks.
 */
public record SubscribeRequest(
        @Pattern(regexp = "[a-z][a-z0-9-]{1,62}", message = "标识须为 2–63 位小写字母、数字或连字符，以字母开头")
        String slug,
        @NotBlank(message = NAME) @Size(max = MAX_NAME, message = NAME)
        String name,
        @Pattern(regexp = "[0-9]{6}", message = "行政区划代码须为 6 位数字")
        String regionCode,
        @Pattern(regexp = Usernames.REGEX, message = "管理员用户名须为 2–64 位字母、数字或 . _ @ -，以字母或数字开头")
        String adminUsername,
        @NotBlank(message = ADMIN_NAME) @Size(max = MAX_NAME, message = ADMIN_NAME)
        String adminDisplayName) {

    private static final int MAX_NAME = 100;
    private static final String NAME = "名称不能为空，且不超过 " + MAX_NAME + " 个字";
    private static final String ADMIN_NAME = "管理员姓名不能为空，且不超过 " + MAX_NAME + " 个字";

    public SubscribeRequest {
        slug = trim(slug);
        name = trim(name);
        regionCode = trim(regionCode);
        adminUsername = trim(adminUsername);
        adminDisplayName = trim(adminDisplayName);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
