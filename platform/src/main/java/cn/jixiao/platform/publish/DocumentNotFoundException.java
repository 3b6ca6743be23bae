package cn.jixiao.platform.publish;

/** No stored document with that key and format in the caller's district. */
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(String key) {
        super("未找到文档 " + key);
    }
}
