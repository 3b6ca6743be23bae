package cn.jixiao.platform.importer;

/** An upload request without what it needs (a file, a plausible year); nothing was stored. */
public class InvalidImportRequestException extends RuntimeException {

    public InvalidImportRequestException(String message) {
        super(message);
    }
}
