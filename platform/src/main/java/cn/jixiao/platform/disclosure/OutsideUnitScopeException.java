package cn.jixiao.platform.disclosure;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A unit editor's save touched what belongs to another unit or to the whole department; nothing was stored. 403. */
public class OutsideUnitScopeException extends ErrorResponseException {

    OutsideUnitScopeException(String what) {
        super(HttpStatus.FORBIDDEN, problem(what), null);
    }

    private static ProblemDetail problem(String what) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "单位填报人只能修改本单位的项目：本次保存修改了" + what + "，未保存任何内容");
        problem.setTitle("超出单位权限");
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
