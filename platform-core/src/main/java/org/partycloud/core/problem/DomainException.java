package org.partycloud.core.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A rule of the domain said no: an aggregate refusing an illegal change, a thing that does not exist, a value
 * that is not valid. It names the problem by a {@link Kind} and a stable slug and knows nothing of HTTP; the web
 * layer of every service maps it to problem details once (the kind decides the status).
 */
public class DomainException extends RuntimeException {

    /** What kind of no it is; the web layer answers 400, 403, 404, 409 and 422 for them. */
    public enum Kind {
        INVALID(400, "输入有误 Invalid input"),
        FORBIDDEN(403, "禁止访问 Forbidden"),
        NOT_FOUND(404, "未找到 Not found"),
        CONFLICT(409, "冲突 Conflict"),
        UNPROCESSABLE(422, "无法处理 Unprocessable");

        private final int status;
        private final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }

    private final Kind kind;
    private final String slug;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public DomainException(Kind kind, String slug, String detail) {
        super(detail);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.slug = Objects.requireNonNull(slug, "slug");
    }

    /**
     * An invalid value of one field, answered in the shape of Bean Validation's answers ({@code errors} by field):
     * for rules annotations cannot express (a date judged by the clock, a range between two fields).
     */
    public static DomainException invalidField(String field, String message) {
        return new DomainException(Kind.INVALID, "validation", "Some values are not valid.")
                .with("errors", Map.of(field, message));
    }

    /** Adds a member to the answer (the id that was not found, the statuses involved, …). */
    public DomainException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** The problem type it becomes: its slug, the kind's status and title. */
    public ProblemType problemType() {
        return new ProblemType(kind.status(), slug, kind.title());
    }
}
