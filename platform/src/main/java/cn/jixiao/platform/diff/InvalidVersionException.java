package cn.jixiao.platform.diff;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** A comparison side that is neither a year nor a year with a revision. */
public class InvalidVersionException extends Refusal {

    public InvalidVersionException(String text) {
        super(HttpStatus.BAD_REQUEST, "请求参数无效", "版本“" + text + "”无效：应为年度（如 2025）或年度加修订版（如 2025r3）");
    }
}
