package cn.jixiao.platform.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import cn.jixiao.platform.disclosure.DisclosureNotDraftException;
import cn.jixiao.platform.disclosure.DisclosureNotFoundException;
import cn.jixiao.platform.disclosure.DisclosureRejectedException;
import cn.jixiao.platform.diff.InvalidOverrideException;
import cn.jixiao.platform.diff.InvalidVersionException;
import cn.jixiao.platform.diff.VersionNotFoundException;
import cn.jixiao.platform.forms.TemplateConflictException;
import cn.jixiao.platform.importer.ImportNotAcceptableException;
import cn.jixiao.platform.importer.ImportNotFoundException;
import cn.jixiao.platform.importer.InvalidImportRequestException;
import cn.jixiao.templates.importer.ImportRejectedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import cn.jixiao.platform.forms.TemplateNotFoundException;
import cn.jixiao.templates.forms.FormTemplateException;
import cn.jixiao.templates.render.RenderException;
import cn.jixiao.templates.render.SofficeNotFoundException;
import cn.jixiao.platform.disclosure.PositionNotFoundException;
import cn.jixiao.platform.disclosure.RevisionConflictException;
import cn.jixiao.platform.disclosure.UnknownUnitException;
import cn.jixiao.platform.jobs.JobNotFoundException;
import cn.jixiao.platform.publish.DocumentNotFoundException;
import cn.jixiao.platform.publish.InvalidSettingsException;
import cn.jixiao.platform.publish.UnsupportedFormatException;

/** Turns the API's exceptions into RFC 9457 problem details with Chinese messages. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler({DisclosureNotFoundException.class, JobNotFoundException.class, DocumentNotFoundException.class,
            UnsupportedFormatException.class, TemplateNotFoundException.class, VersionNotFoundException.class,
            ImportNotFoundException.class, PositionNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage());
    }

    @ExceptionHandler(RevisionConflictException.class)
    ProblemDetail conflict(RevisionConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "修订版冲突", e.getMessage());
        problem.setProperty("baseRevision", e.baseRevision());
        problem.setProperty("currentRevision", e.currentRevision());
        if (e.changes() != null) {
            problem.setProperty("changes", e.changes());
        }
        return problem;
    }

    @ExceptionHandler({TemplateConflictException.class, DisclosureNotDraftException.class})
    ProblemDetail stateConflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "状态冲突", e.getMessage());
    }

    /** The findings (rule id, severity, location, message, source) travel with the refusal. */
    @ExceptionHandler(DisclosureRejectedException.class)
    ProblemDetail rejected(DisclosureRejectedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "未通过校验", e.getMessage());
        problem.setProperty("validation", e.report());
        return problem;
    }

    @ExceptionHandler(FormTemplateException.class)
    ProblemDetail invalidTemplate(FormTemplateException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "表单模板无效", e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    /** Each refusal carries its own status: 400 broken or hostile, 415 not a format we read, 422 not a disclosure. */
    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail importRejected(ImportRejectedException e) {
        ProblemDetail problem = problem(HttpStatus.valueOf(e.reason().httpStatus()), "文件无法导入", e.getMessage());
        problem.setProperty("reason", e.reason().name());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e, HttpHeaders headers,
                                                                         HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problem(HttpStatus.CONTENT_TOO_LARGE, "文件过大", "上传的文件超过了允许的大小（20 MB），未保存任何内容"));
    }

    @ExceptionHandler(cn.jixiao.platform.users.InvalidUserException.class)
    ProblemDetail invalidUser(cn.jixiao.platform.users.InvalidUserException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "用户信息无效", e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(cn.jixiao.platform.users.UserExistsException.class)
    ProblemDetail userExists(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "用户已存在", e.getMessage());
    }

    @ExceptionHandler(cn.jixiao.platform.users.UserNotFoundException.class)
    ProblemDetail userNotFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage());
    }

    @ExceptionHandler(ImportNotAcceptableException.class)
    ProblemDetail notAcceptable(ImportNotAcceptableException e) {
        return problem(HttpStatus.CONFLICT, "状态冲突", e.getMessage());
    }

    @ExceptionHandler({InvalidVersionException.class, InvalidOverrideException.class, InvalidImportRequestException.class})
    ProblemDetail badRequest(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "请求参数无效", e.getMessage());
    }

    @ExceptionHandler({UnknownUnitException.class, InvalidSettingsException.class})
    ProblemDetail unprocessable(RuntimeException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "内容无法保存", e.getMessage());
    }

    /** LibreOffice is missing: the message names the packages to install. */
    @ExceptionHandler(SofficeNotFoundException.class)
    ProblemDetail pdfEngineMissing(SofficeNotFoundException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "PDF 生成不可用", e.getMessage());
    }

    @ExceptionHandler(RenderException.class)
    ProblemDetail renderFailed(RenderException e) {
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "文档生成失败", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "请求内容不完整", "请求内容有 " + errors.size() + " 处错误，未保存任何内容");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "请求体无法解析",
                "请求体不是符合格式的 JSON，未保存任何内容"));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
