package cn.jixiao.platform.department;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such department or unit in the district. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DirectoryEntryNotFoundException extends RuntimeException {

    public DirectoryEntryNotFoundException(String what) {
        super("没有找到" + what);
    }
}
