package cn.jixiao.ops;

import java.util.List;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/**
 * An operator's request that cannot be carried out, with the reason in Chinese. The kind decides
 * the HTTP status and title of the problem detail (API); the console shows the message as is.
 */
public class OpsRefusal extends Refusal {

    public enum Kind {
        INVALID(HttpStatus.BAD_REQUEST, "输入有误"),
        NOT_FOUND(HttpStatus.NOT_FOUND, "未找到"),
        CONFLICT(HttpStatus.CONFLICT, "状态冲突");

        private final HttpStatus status;
        private final String title;

        Kind(HttpStatus status, String title) {
            this.status = status;
            this.title = title;
        }
    }

    private final Kind kind;
    private final List<String> errors;

    public OpsRefusal(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public OpsRefusal(Kind kind, String message, List<String> errors) {
        super(kind.status, kind.title, message);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        if (!this.errors.isEmpty()) {
            with("errors", this.errors);
        }
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
