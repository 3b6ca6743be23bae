package cn.jixiao.platform.department;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** No such department or unit in the district. 404. */
public class DirectoryEntryNotFoundException extends Refusal {

    public DirectoryEntryNotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, "未找到", "没有找到" + what);
    }
}
