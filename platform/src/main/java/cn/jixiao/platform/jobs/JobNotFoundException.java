package cn.jixiao.platform.jobs;

import java.util.UUID;

/** No job with that id in the caller's district. */
public class JobNotFoundException extends RuntimeException {

    public JobNotFoundException(UUID id) {
        super("未找到任务 " + id);
    }
}
