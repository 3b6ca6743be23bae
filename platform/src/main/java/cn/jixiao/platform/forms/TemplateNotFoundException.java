package cn.jixiao.platform.forms;

import cn.jixiao.templates.forms.TemplateRef;

/** Neither the platform nor the caller's district has that template version. */
public class TemplateNotFoundException extends RuntimeException {

    public TemplateNotFoundException(TemplateRef ref) {
        super("未找到表单模板 " + ref.id() + " 第 " + ref.version() + " 版");
    }
}
