package cn.jixiao.templates.importer.text;

/** Thrown when a text does not have the shape of a disclosure; the message is Chinese and names the place. */
public class DisclosureFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DisclosureFormatException(String message) {
        super(message);
    }
}
