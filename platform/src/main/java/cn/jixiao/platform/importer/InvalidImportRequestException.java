package cn.jixiao.platform.importer;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** An upload request without what it needs (a file, a plausible year); nothing was stored. */
public class InvalidImportRequestException extends Refusal {

    public InvalidImportRequestException(String message) {
        super(HttpStatus.BAD_REQUEST, "请求参数无效", message);
    }
}
