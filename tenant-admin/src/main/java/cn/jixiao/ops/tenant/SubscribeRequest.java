package cn.jixiao.ops.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.jixiao.infra.identity.Usernames;

/**
 * What an operator enters to subscribe a district: its slug, name and 6-digit region code, and its
 * first administrator.
 */
public record SubscribeRequest(String slug, String name, String regionCode, String adminUsername, String adminDisplayName) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,62}");
    private static final Pattern REGION_CODE = Pattern.compile("[0-9]{6}");
    private static final int MAX_NAME = 100;

    public SubscribeRequest {
        slug = trim(slug);
        name = trim(name);
        regionCode = trim(regionCode);
        adminUsername = trim(adminUsername);
        adminDisplayName = trim(adminDisplayName);
    }

    /** Every problem of the input, in Chinese; empty when it can be subscribed. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!SLUG.matcher(slug).matches()) {
            problems.add("标识须为 2–63 位小写字母、数字或连字符，以字母开头");
        }
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add("名称不能为空，且不超过 " + MAX_NAME + " 个字");
        }
        if (!REGION_CODE.matcher(regionCode).matches()) {
            problems.add("行政区划代码须为 6 位数字");
        }
        if (!Usernames.isValid(adminUsername)) {
            problems.add("管理员用户名须为 2–64 位字母、数字或 . _ @ -，以字母或数字开头");
        }
        if (adminDisplayName.isEmpty() || adminDisplayName.length() > MAX_NAME) {
            problems.add("管理员姓名不能为空，且不超过 " + MAX_NAME + " 个字");
        }
        return problems;
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
