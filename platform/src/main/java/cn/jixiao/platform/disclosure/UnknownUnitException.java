package cn.jixiao.platform.disclosure;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** A project names a unit that is not one of its department's units; nothing was written. */
public class UnknownUnitException extends Refusal {

    public UnknownUnitException(int projectPosition, String projectName, String unitCode) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "内容无法保存",
                "第" + projectPosition + "个项目“" + projectName + "”的单位 " + unitCode + " 不是本部门的单位");
    }
}
