package cn.jixiao.ops;

import java.util.List;

/**
 * An operator's request that cannot be carried out, with the reason in Chinese. The kind decides
 * the HTTP status (API) and the console shows the message as is.
 */
public class OpsRefusal extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final List<String> errors;

    public OpsRefusal(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public OpsRefusal(Kind kind, String message, List<String> errors) {
        super(message);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public static OpsRefusal invalid(List<String> errors) {
        return new OpsRefusal(Kind.INVALID, "输入有误：" + String.join("；", errors), errors);
    }

    public static OpsRefusal tenantNotFound(String slug) {
        return new OpsRefusal(Kind.NOT_FOUND, "未找到区“" + slug + "”");
    }

    public Kind kind() {
        return kind;
    }

    /** The individual problems of an INVALID request, each a Chinese sentence. */
    public List<String> errors() {
        return errors;
    }
}
