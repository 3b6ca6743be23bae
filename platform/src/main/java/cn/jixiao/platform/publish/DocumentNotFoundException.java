package cn.jixiao.platform.publish;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** No stored document with that key and format in the caller's district. */
public class DocumentNotFoundException extends Refusal {

    public DocumentNotFoundException(String key) {
        super(HttpStatus.NOT_FOUND, "未找到", "未找到文档 " + key);
    }
}
