package cn.jixiao.platform.publish;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** A document format other than docx, pdf or html was asked for: there is no such document (404, pages too). */
public class UnsupportedFormatException extends Refusal {

    public UnsupportedFormatException(String format) {
        super(HttpStatus.NOT_FOUND, "未找到", "不支持的文档格式“" + format + "”：可选 docx、pdf、html");
    }
}
