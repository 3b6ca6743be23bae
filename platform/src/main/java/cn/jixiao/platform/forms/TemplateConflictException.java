package cn.jixiao.platform.forms;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** A template id/version that is taken; nothing was stored. */
public class TemplateConflictException extends Refusal {

    public TemplateConflictException(String message) {
        super(HttpStatus.CONFLICT, "状态冲突", message);
    }
}
