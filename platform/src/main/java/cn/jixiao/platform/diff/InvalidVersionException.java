package cn.jixiao.platform.diff;

/** A comparison side that is neither a year nor a year with a revision. */
public class InvalidVersionException extends RuntimeException {

    public InvalidVersionException(String text) {
        super("版本“" + text + "”无效：应为年度（如 2025）或年度加修订版（如 2025r3）");
    }
}
