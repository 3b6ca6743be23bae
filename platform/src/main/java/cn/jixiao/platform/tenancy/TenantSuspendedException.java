package cn.jixiao.platform.tenancy;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** A write by a district that operators have suspended; nothing was written. Answers 403 as a problem detail. */
public class TenantSuspendedException extends Refusal {

    public TenantSuspendedException() {
        super(HttpStatus.FORBIDDEN, "区县已暂停服务",
                "区县已暂停服务，暂时不能修改任何内容；已公开的内容仍可查看。如需恢复，请联系平台运营方。");
    }
}
