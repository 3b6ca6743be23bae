package cn.jixiao.platform.review;

/** A return (退回) without a single comment: the editors would not know what to change. */
public class NothingToSayException extends RuntimeException {

    public NothingToSayException() {
        super("退回时请至少填写一条意见，说明需要修改什么");
    }
}
