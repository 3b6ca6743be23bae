package cn.jixiao.platform.importer;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** No import with that id (or no such file in it) in the caller's district. */
public class ImportNotFoundException extends Refusal {

    public ImportNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, "未找到", "未找到导入记录 " + id);
    }
}
