package cn.jixiao.platform.forms;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;
import cn.jixiao.templates.forms.TemplateRef;

/** Neither the platform nor the caller's district has that template version. */
public class TemplateNotFoundException extends Refusal {

    public TemplateNotFoundException(TemplateRef ref) {
        super(HttpStatus.NOT_FOUND, "未找到", "未找到表单模板 " + ref.id() + " 第 " + ref.version() + " 版");
    }
}
