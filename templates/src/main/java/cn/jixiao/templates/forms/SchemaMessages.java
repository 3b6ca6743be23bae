package cn.jixiao.templates.forms;

import com.networknt.schema.Error;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/** Chinese wording of JSON-Schema errors, with the path of the offending value. */
final class SchemaMessages {

    private static final Map<String, String> TYPES = Map.of(
            "string", "字符串", "integer", "整数", "number", "数字", "boolean", "布尔值",
            "object", "对象", "array", "数组", "null", "null");

    private SchemaMessages() {}

    static TemplateProblem translate(Error e) {
        String path = JsonPaths.of(e.getInstanceLocation());
        Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
        String arg0 = args.length > 0 ? String.valueOf(args[0]) : "";
        JsonNode value = e.getInstanceNode();
        return switch (e.getKeyword()) {
            case "required" -> new TemplateProblem(JsonPaths.child(path, e.getProperty()), "缺少必填属性");
            case "additionalProperties" -> new TemplateProblem(JsonPaths.child(path, e.getProperty()),
                    "不允许的属性「" + e.getProperty() + "」");
            case "propertyNames" -> new TemplateProblem(JsonPaths.child(path, e.getProperty()),
                    "属性名「" + e.getProperty() + "」无效" + allowed(e.getSchemaNode().path("enum")));
            case "type" -> new TemplateProblem(path, "类型应为" + types(args.length > 1 ? args[1] : "")
                    + "，实际为" + types(arg0));
            case "enum" -> new TemplateProblem(path, "取值" + shown(value) + "无效" + allowed(e.getSchemaNode()));
            case "const" -> new TemplateProblem(path, "取值必须为 " + arg0);
            case "pattern" -> new TemplateProblem(path, "取值" + shown(value) + "格式不正确，应匹配正则表达式 " + arg0);
            case "minimum" -> new TemplateProblem(path, "不能小于 " + arg0);
            case "maximum" -> new TemplateProblem(path, "不能大于 " + arg0);
            case "exclusiveMinimum" -> new TemplateProblem(path, "必须大于 " + arg0);
            case "exclusiveMaximum" -> new TemplateProblem(path, "必须小于 " + arg0);
            case "minLength" -> new TemplateProblem(path, "至少需要 " + arg0 + " 个字符");
            case "maxLength" -> new TemplateProblem(path, "最多 " + arg0 + " 个字符");
            case "minItems" -> new TemplateProblem(path, "至少需要 " + arg0 + " 项");
            case "maxItems" -> new TemplateProblem(path, "最多 " + arg0 + " 项");
            case "minProperties" -> new TemplateProblem(path, "至少需要 " + arg0 + " 个属性");
            case "maxProperties" -> new TemplateProblem(path,
                    "0".equals(arg0) ? "此处不允许设置任何属性" : "最多 " + arg0 + " 个属性");
            case "uniqueItems" -> new TemplateProblem(path, "数组中有重复的项");
            default -> new TemplateProblem(path, "不符合模板模式（" + e.getKeyword() + "）：" + e.getMessage());
        };
    }

    private static String types(Object names) {
        String s = String.valueOf(names).replaceAll("[\\[\\]\\s]", "");
        return Arrays.stream(s.split(","))
                .map(t -> TYPES.getOrDefault(t, t))
                .collect(Collectors.joining("或"));
    }

    private static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "";
        }
        return "「" + (value.isString() ? value.stringValue() : value.toString()) + "」";
    }

    private static String allowed(JsonNode options) {
        if (options == null || !options.isArray() || options.isEmpty()) {
            return "";
        }
        return "，应为以下之一：" + StreamSupport.stream(options.spliterator(), false)
                .map(n -> n.isString() ? n.stringValue() : n.toString())
                .collect(Collectors.joining("、"));
    }
}
