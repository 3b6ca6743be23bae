package cn.jixiao.ops.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import cn.jixiao.infra.web.Refusal;
import cn.jixiao.templates.forms.FormTemplateException;

/**
 * The API's refusals as RFC 9457 problem details with Chinese messages. Feature refusals
 * ({@link Refusal}, e.g. {@code OpsRefusal}) describe themselves; Spring MVC's own refusals get
 * Chinese messages here. Global (those such as 405 happen before a controller is chosen); the
 * console's handler goes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class OpsApiExceptionHandler extends ResponseEntityExceptionHandler {

    /** The one place where a refusal of the Spring-free templates library becomes a {@link Refusal}. */
    @ExceptionHandler(FormTemplateException.class)
    ErrorResponse invalidTemplate(FormTemplateException e) {
        return new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "表单模板无效", e.getMessage(), e)
                .with("problems", e.problems().stream().map(Object::toString).toList());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "请求无法读取", "请求正文不是有效的 JSON 或字段类型不对"));
    }

    /** Spring MVC's own refusals (wrong method, media type, path variable…) in Chinese too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (e instanceof Refusal) {
            return super.handleExceptionInternal(e, body, headers, status, request);
        }
        ProblemDetail chinese = problem(HttpStatus.valueOf(status.value()), switch (status.value()) {
            case 404 -> "未找到";
            case 405 -> "不支持该请求方法";
            case 406 -> "无法提供所要求的格式";
            case 415 -> "不支持该内容类型";
            default -> "请求有误";
        }, switch (status.value()) {
            case 405 -> "此地址不支持 " + ((ServletWebRequest) request).getHttpMethod() + " 请求";
            case 415 -> "请以 application/json 发送请求正文";
            case 404 -> "没有这个接口地址";
            default -> "请求的参数或格式不正确";
        });
        return super.handleExceptionInternal(e, chinese, headers, status, request);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
