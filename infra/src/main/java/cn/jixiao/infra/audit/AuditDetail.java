package cn.jixiao.infra.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.infra.identity.Role;

/**
 * One item of an audit entry's detail as a person reads it: the keys the applications write named in Chinese,
 * statuses, roles, origins and edited parts spelled out, hashes shortened. Empty items are left out; a key
 * without a name shows as recorded.
 */
public record AuditDetail(String label, String value) {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("revision", "修订版"), Map.entry("contentHash", "内容摘要"), Map.entry("note", "说明"),
            Map.entry("edit", "修改位置"), Map.entry("origin", "来源"), Map.entry("from", "原为"), Map.entry("to", "改为"),
            Map.entry("comment", "意见"), Map.entry("project", "项目"), Map.entry("budgetApprovedOn", "预算批复日期"),
            Map.entry("deadline", "公开截止日期"), Map.entry("name", "名称"), Map.entry("department", "部门"),
            Map.entry("file", "文件"), Map.entry("files", "文件数"), Map.entry("template", "模板"), Map.entry("basedOn", "派生自"),
            Map.entry("origins", "允许嵌入的网站"), Map.entry("username", "用户名"), Map.entry("role", "角色"),
            Map.entry("units", "单位"), Map.entry("count", "条数"), Map.entry("expiresAt", "有效期至"),
            Map.entry("status", "状态"), Map.entry("publicPages", "公开网站"), Map.entry("slug", "区县代号"),
            Map.entry("regionCode", "行政区划代码"), Map.entry("admin", "管理员"), Map.entry("platformTemplateVersion", "平台模板版本"),
            Map.entry("fromVersion", "原版本"), Map.entry("toVersion", "新版本"), Map.entry("issuer", "签发方"),
            Map.entry("jwkSetUri", "公钥地址"), Map.entry("audience", "受众"), Map.entry("usernameClaim", "用户名声明"),
            Map.entry("webClientId", "网页客户端"), Map.entry("webClientSecretChanged", "更换了客户端密钥"));

    private static final Pattern LONG_ID = Pattern.compile("[0-9a-f]{32,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern EDIT = Pattern.compile("projects(?:/(\\d+)(?:/(indicators|spend-plan)(?:/(\\d+))?)?)?");

    public static List<AuditDetail> of(Map<String, Object> detail) {
        List<AuditDetail> items = new ArrayList<>();
        if (detail == null) {
            return items;
        }
        detail.forEach((key, value) -> {
            String text = value(key, value);
            if (!text.isEmpty()) {
                items.add(new AuditDetail(LABELS.getOrDefault(key, key), text));
            }
        });
        return items;
    }

    private static String value(String key, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return key.equals("publicPages") ? (b ? "开放" : "关闭") : (b ? "是" : "否");
        }
        if (value instanceof Map<?, ?> m) {
            return key.equals("origin") ? origin(m) : m.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("，"));
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).collect(Collectors.joining("、"));
        }
        return text(key, String.valueOf(value));
    }

    private static String text(String key, String value) {
        return switch (key) {
            case "revision" -> "第 " + value + " 版";
            case "edit" -> edit(value);
            case "role" -> role(value);
            case "from", "to", "status" -> status(value);
            default -> shorten(value);
        };
    }

    /** A content hash or id cut to its first 12 characters: enough to tell entries apart, short enough to read. */
    static String shorten(String value) {
        return LONG_ID.matcher(value).matches() ? value.substring(0, 12) + "…" : value;
    }

    private static String origin(Map<?, ?> origin) {
        Object kind = origin.get("kind");
        if ("DEMO".equals(kind)) {
            return "演示数据";
        }
        if ("IMPORT".equals(kind)) {
            return "导入文件" + (origin.get("fileName") == null ? "" : " " + origin.get("fileName"));
        }
        if ("ROLL_FORWARD".equals(kind)) {
            return "由 " + origin.get("fiscalYear") + " 年度第 " + origin.get("revision") + " 版结转";
        }
        return String.valueOf(kind);
    }

    /** The edited part an entry names ({@code goals}, {@code projects/3/indicators/2} …) in Chinese. */
    public static String edit(String target) {
        if (target.equals("goals")) {
            return "第一部分";
        }
        Matcher m = EDIT.matcher(target);
        if (!m.matches()) {
            return target;
        }
        if (m.group(1) == null) {
            return "项目";
        }
        String project = "第 " + m.group(1) + " 个项目";
        if (m.group(2) == null) {
            return project;
        }
        if (m.group(2).equals("spend-plan")) {
            return project + "的资金支出计划";
        }
        return m.group(3) == null ? project + "的指标表" : project + "第 " + m.group(3) + " 行指标";
    }

    private static String role(String value) {
        for (Role role : Role.values()) {
            if (role.name().equals(value)) {
                return role.label();
            }
        }
        return value;
    }

    private static String status(String value) {
        for (DisclosureStatus status : DisclosureStatus.values()) {
            if (status.name().equals(value)) {
                return status.label();
            }
        }
        return switch (value) {
            case "ACTIVE" -> "正常";
            case "SUSPENDED" -> "暂停";
            default -> value;
        };
    }
}
