package cn.jixiao.templates.importer;

import java.util.Objects;

/** The file cannot be imported; the message is Chinese, says what was expected and is safe to show to the user. */
public class ImportRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final RejectionReason reason;

    public ImportRejectedException(RejectionReason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ImportRejectedException(RejectionReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public RejectionReason reason() {
        return reason;
    }
}
