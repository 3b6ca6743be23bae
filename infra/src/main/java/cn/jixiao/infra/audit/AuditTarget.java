package cn.jixiao.infra.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an audit entry's target ({@code disclosure/202/2025}, {@code unit/202001} …) names, in Chinese. */
public final class AuditTarget {

    private static final Pattern SHAPE = Pattern.compile("([a-z-]+)(?:/(.*))?");

    private AuditTarget() {
    }

    public static String describe(String target) {
        Matcher m = SHAPE.matcher(target == null ? "" : target);
        if (!m.matches()) {
            return target;
        }
        String rest = m.group(2) == null ? "" : m.group(2);
        String[] parts = rest.split("/");
        return switch (m.group(1)) {
            case "disclosure" -> parts.length == 2 ? "部门 " + parts[0] + " · " + parts[1] + " 年度" : target;
            case "diff" -> parts.length == 2 ? "部门 " + parts[0] + " · " + parts[1].replace("-", "—") + " 年度对照" : target;
            case "year" -> rest + " 年度";
            case "department" -> "部门 " + rest;
            case "unit" -> "单位 " + rest;
            case "user" -> "用户 " + rest;
            case "import" -> "导入批次 " + AuditDetail.shorten(rest);
            case "form-template" -> rest.equals("default") ? "默认表单模板"
                    : parts.length == 2 ? "表单模板 " + parts[0] + " 第 " + parts[1] + " 版" : "表单模板 " + rest;
            case "portal" -> "公开网站";
            case "opendata" -> "开放数据";
            case "tenant" -> "本区（" + rest + "）";
            case "identity-provider" -> "统一身份认证";
            default -> target;
        };
    }
}
