package cn.jixiao.platform.forms;

/** A template id/version that is taken; nothing was stored. */
public class TemplateConflictException extends RuntimeException {

    public TemplateConflictException(String message) {
        super(message);
    }
}
