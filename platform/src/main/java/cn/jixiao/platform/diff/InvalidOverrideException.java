package cn.jixiao.platform.diff;

/** Matching decisions that cannot apply (unknown code, a code used twice); nothing was stored. */
public class InvalidOverrideException extends RuntimeException {

    public InvalidOverrideException(String detail) {
        super("项目匹配设定无效：" + detail);
    }
}
