package cn.jixiao.platform.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.jixiao.infra.web.Refusal;
import cn.jixiao.templates.forms.FormTemplateException;
import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.render.RenderException;
import cn.jixiao.templates.render.SofficeNotFoundException;

/**
 * The one place where the API turns refusals of the Spring-free templates library into
 * {@link Refusal}s; Spring MVC renders them like any other.
 */
@RestControllerAdvice(annotations = RestController.class)
class LibraryRefusals {

    @ExceptionHandler({ImportRejectedException.class, FormTemplateException.class, RenderException.class})
    ErrorResponse refused(RuntimeException e) {
        if (e instanceof ImportRejectedException rejected) {
            // each import refusal carries its own status: 400 broken or hostile, 415 not a format we read, 422 not a disclosure
            return new Refusal(HttpStatus.valueOf(rejected.reason().httpStatus()), "文件无法导入", e.getMessage(), e)
                    .with("reason", rejected.reason().name());
        }
        if (e instanceof FormTemplateException invalid) {
            return new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "表单模板无效", e.getMessage(), e).with("problems", invalid.problems());
        }
        if (e instanceof SofficeNotFoundException) {
            // LibreOffice is missing: the message names the packages to install
            return new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "PDF 生成不可用", e.getMessage(), e);
        }
        if (e instanceof RenderException) {
            return new Refusal(HttpStatus.INTERNAL_SERVER_ERROR, "文档生成失败", e.getMessage(), e);
        }
        throw new IllegalArgumentException("not a refusal of the templates library", e);
    }
}
