package cn.jixiao.platform.board;

/** A deadline that cannot be: the message says why, in Chinese. */
public class InvalidDeadlineException extends RuntimeException {

    public InvalidDeadlineException(String message) {
        super(message);
    }
}
