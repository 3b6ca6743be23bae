package cn.jixiao.platform.publish;

/** Document settings that cannot be used (e.g. a logo that is not a PNG); nothing was stored. */
public class InvalidSettingsException extends RuntimeException {

    public InvalidSettingsException(String message) {
        super("文档设置无效：" + message);
    }
}
