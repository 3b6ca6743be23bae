package cn.jixiao.platform.publish;

/** A document format other than docx, pdf or html was asked for. */
public class UnsupportedFormatException extends RuntimeException {

    public UnsupportedFormatException(String format) {
        super("不支持的文档格式“" + format + "”：可选 docx、pdf、html");
    }
}
