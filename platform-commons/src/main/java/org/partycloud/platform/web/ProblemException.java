package org.partycloud.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error that becomes a problem-details answer with a stable {@code type}. Services throw it (or a
 * subclass named after the domain error) instead of returning error codes.
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
