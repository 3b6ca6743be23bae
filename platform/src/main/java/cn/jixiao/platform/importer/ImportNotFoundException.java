package cn.jixiao.platform.importer;

import java.util.UUID;

/** No import with that id (or no such file in it) in the caller's district. */
public class ImportNotFoundException extends RuntimeException {

    public ImportNotFoundException(UUID id) {
        super("未找到导入记录 " + id);
    }
}
