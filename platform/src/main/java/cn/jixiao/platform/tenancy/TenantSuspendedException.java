package cn.jixiao.platform.tenancy;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A write by a district that operators have suspended; nothing was written. Answers 403 as a problem detail. */
public class TenantSuspendedException extends ErrorResponseException {

    public TenantSuspendedException() {
        super(HttpStatus.FORBIDDEN, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "区县已暂停服务，暂时不能修改任何内容；已公开的内容仍可查看。如需恢复，请联系平台运营方。");
        problem.setTitle("区县已暂停服务");
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
