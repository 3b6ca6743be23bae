package cn.jixiao.platform.diff;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** Matching decisions that cannot apply (unknown code, a code used twice); nothing was stored. */
public class InvalidOverrideException extends Refusal {

    public InvalidOverrideException(String detail) {
        super(HttpStatus.BAD_REQUEST, "请求参数无效", "项目匹配设定无效：" + detail);
    }
}
