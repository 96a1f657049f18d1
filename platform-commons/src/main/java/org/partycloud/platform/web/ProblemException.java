package org.partycloud.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.partycloud.core.problem.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * An error of the web layer that becomes a problem-details answer with a stable {@code type}: controllers and
 * filters throw it instead of returning error codes. Aggregates throw {@link org.partycloud.core.problem.DomainException}
 * instead, which {@link ProblemDetailsAdvice} maps once.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    /** A problem of the platform's catalogue ({@link org.partycloud.core.problem.ProblemTypes}). */
    public ProblemException(ProblemType type, String detail) {
        this(HttpStatus.valueOf(type.status()), type.slug(), type.title(), detail);
    }

    public ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    /** The slug of the problem type; the full URI is {@link Problems#typeUri(String)}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public static ProblemException notFound(String type, String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, type, "未找到 Not found", detail);
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, type, "冲突 Conflict", detail);
    }

    public static ProblemException forbidden(String type, String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, type, "禁止访问 Forbidden", detail);
    }

    public static ProblemException badRequest(String type, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, type, "请求无效 Bad request", detail);
    }

    /**
     * A 400 of the same shape as Bean Validation's answers ({@code errors} by field), for rules that
     * annotations cannot express (a date judged by the service's clock, a sort parameter).
     */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "validation", "输入有误 Invalid input",
                "Some values are not valid.").with("errors", Map.of(field, message));
    }

    public static ProblemException unprocessable(String type, String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, type, "无法处理 Unprocessable", detail);
    }
}
