package cn.jixiao.platform.board;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** A deadline that cannot be: the message says why, in Chinese. */
public class InvalidDeadlineException extends Refusal {

    public InvalidDeadlineException(String message) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "公开时限无效", message);
    }
}
