package cn.jixiao.platform.publish;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A document format other than docx, pdf or html was asked for: there is no such document. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnsupportedFormatException extends RuntimeException {

    public UnsupportedFormatException(String format) {
        super("不支持的文档格式“" + format + "”：可选 docx、pdf、html");
    }
}
