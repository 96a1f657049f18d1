package org.partycloud.core.problem;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of problem every part of the platform answers the same way (RFC 9457): its HTTP status, its stable type
 * {@code urn:partycloud:problem:<slug>} and its title, Chinese first. The catalogue is {@link ProblemTypes}.
 */
public record ProblemType(int status, String slug, String title) {

    /** Stable problem types are URNs: they name the problem and need no web server behind them. */
    public static final String TYPE_PREFIX = "urn:partycloud:problem:";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ProblemType {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem is a 4xx or 5xx answer, not " + status);
        }
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A problem slug is lower-case words joined by hyphens: " + slug);
        }
        Objects.requireNonNull(title, "title");
    }

    public String uri() {
        return TYPE_PREFIX + slug;
    }
}
