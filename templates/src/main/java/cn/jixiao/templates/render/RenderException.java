package cn.jixiao.templates.render;

/** A document could not be rendered; the message says why in Chinese and English. */
public class RenderException extends RuntimeException {

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
