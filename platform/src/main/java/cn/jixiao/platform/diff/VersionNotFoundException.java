package cn.jixiao.platform.diff;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** No such year or revision of the department in the caller's district. */
public class VersionNotFoundException extends Refusal {

    public VersionNotFoundException(String departmentCode, VersionRef version) {
        super(HttpStatus.NOT_FOUND, "未找到", "未找到部门 " + departmentCode + " 的版本 " + version);
    }
}
