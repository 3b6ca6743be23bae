package cn.jixiao.platform.jobs;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** No job with that id in the caller's district. */
public class JobNotFoundException extends Refusal {

    public JobNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, "未找到", "未找到任务 " + id);
    }
}
