package cn.jixiao.platform.review;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** A return (退回) without a single comment: the editors would not know what to change. */
public class NothingToSayException extends Refusal {

    public NothingToSayException() {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "缺少审核意见", "退回时请至少填写一条意见，说明需要修改什么");
    }
}
