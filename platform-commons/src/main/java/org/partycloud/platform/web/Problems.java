package org.partycloud.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partycloud.core.problem.ProblemType;
import org.partycloud.core.tenant.TenantAdmission;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Problem-type URIs and a writer for code that answers outside Spring MVC (servlet filters). */
public final class Problems {

    /** Stable problem types are URNs: they name the problem and need no web server behind them. */
    public static final String TYPE_PREFIX = ProblemType.TYPE_PREFIX;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static URI typeUri(String slug) {
        return URI.create(TYPE_PREFIX + slug);
    }

    public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(typeUri(slug));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        return of(HttpStatus.valueOf(type.status()), type.slug(), type.title(), detail);
    }

    /** The problem a refused tenant admission answers. */
    public static ProblemDetail of(TenantAdmission.Refused refused) {
        ProblemDetail problem = of(refused.type(), refused.detail());
        refused.properties().forEach(problem::setProperty);
        return problem;
    }

    public static ProblemDetail of(ProblemException e) {
        ProblemDetail problem = of(e.status(), e.type(), e.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    /** Writes a problem straight to the response, for filters that run before the dispatcher. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
