package cn.jixiao.ops.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import cn.jixiao.ops.OpsRefusal;
import cn.jixiao.templates.forms.FormTemplateException;

/** The API's refusals as RFC 9457 problem details with Chinese messages. */
@RestControllerAdvice(assignableTypes = OpsApiController.class)
class OpsApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(OpsRefusal.class)
    ProblemDetail refused(OpsRefusal e) {
        ProblemDetail problem = switch (e.kind()) {
            case INVALID -> problem(HttpStatus.BAD_REQUEST, "输入有误", e.getMessage());
            case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage());
            case CONFLICT -> problem(HttpStatus.CONFLICT, "状态冲突", e.getMessage());
        };
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return problem;
    }

    @ExceptionHandler(FormTemplateException.class)
    ProblemDetail invalidTemplate(FormTemplateException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "表单模板无效", e.getMessage());
        problem.setProperty("problems", e.problems().stream().map(Object::toString).toList());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "请求无法读取", "请求正文不是有效的 JSON 或字段类型不对"));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
