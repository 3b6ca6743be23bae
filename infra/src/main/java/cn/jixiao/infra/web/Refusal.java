package cn.jixiao.infra.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the application refuses, describing itself as an RFC 9457 problem detail: its HTTP
 * status, a Chinese title, the Chinese detail (also the exception's message) and any properties
 * (e.g. the findings of a validation). Feature exceptions extend it, so the central exception
 * handlers of both apps stay generic: Spring MVC's {@code ResponseEntityExceptionHandler} renders
 * any {@link org.springframework.web.ErrorResponse} as it is, and a new refusal never edits them.
 * Pages that do not catch a refusal answer its status through Spring's error page.
 *
 * <p>The {@code templates} library has no Spring, so its exceptions ({@code ImportRejectedException},
 * {@code FormTemplateException}, {@code RenderException}) cannot be refusals: each app translates
 * them into one in a single place: the platform's {@code api.LibraryRefusals}, tenant-admin's
 * {@code api.OpsApiExceptionHandler}. Refusals raised before Spring MVC runs (security filters)
 * are written from {@link #getBody()} by hand.
 */
public class Refusal extends ErrorResponseException {

    public Refusal(HttpStatusCode status, String title, String detail) {
        this(status, title, detail, null);
    }

    public Refusal(HttpStatusCode status, String title, String detail, Throwable cause) {
        super(status, problem(status, title, detail), cause);
    }

    /** Adds a property to the problem detail's body; returns this refusal. */
    public Refusal with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    public String title() {
        return getBody().getTitle();
    }

    /** The Chinese detail, so logs and pages that show the message show what the client reads. */
    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
