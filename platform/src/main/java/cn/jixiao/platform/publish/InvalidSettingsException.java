package cn.jixiao.platform.publish;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** Document settings that cannot be used (e.g. a logo that is not a PNG); nothing was stored. */
public class InvalidSettingsException extends Refusal {

    public InvalidSettingsException(String message) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "内容无法保存", "文档设置无效：" + message);
    }
}
