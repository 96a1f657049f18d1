package org.partycloud.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does, over plain HTTP: cookies kept per host, redirects followed one at a time (so a test can
 * look at each), and Keycloak's login form filled in as a person would (identity first: the user name, then the
 * password). No JavaScript: the gateway's login and logout need none.
 */
final class Browser {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder()
            // HTTP/1.1 as a browser speaks it over plain http: the JDK client's default, HTTP/2, first tries an h2c
            // upgrade on every new connection, which neither the gateway nor Keycloak offer.
            .version(HttpClient.Version.HTTP_1_1).cookieHandler(new LocalhostIsSecure(cookies))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;

    Browser(String gateway) {
        this.gateway = gateway.replaceAll("/+$", "");
    }

    record Page(int status, URI uri, String location, String contentType, String body) {
        boolean isRedirect() {
            return status >= 300 && status < 400 && location != null;
        }

        Http.Response asResponse() {
            return new Http.Response(status, contentType, location, body);
        }

        @Override
        public String toString() {
            return status + " " + uri + (location == null ? "" : " -> " + location) + "\n" + body;
        }
    }

    /**
     * Logs in through the gateway: {@code /oauth2/authorization/keycloak}, Keycloak's two login pages, the callback,
     * and the gateway's redirect home. Answers the page the browser ends on (the gateway's {@code /}).
     */
    Page logIn(String username, String password) {
        Page page = follow(get(gateway + "/oauth2/authorization/keycloak"));
        for (int step = 0; step < 3 && !page.uri().toString().startsWith(gateway); step++) {
            String action = formAction(page);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("username", username);
            if (page.body().contains("name=\"password\"")) {
                fields.put("password", password);
            }
            page = follow(postForm(action, fields, Map.of()));
        }
        if (!page.uri().toString().startsWith(gateway) || page.status() != 200) {
            throw new IllegalStateException("The login as " + username + " did not come back to the gateway: " + page);
        }
        return page;
    }

    /** {@code POST /logout} as the page's form sends it, then every redirect (Keycloak's end-session and back). */
    List<Page> logOut() {
        List<Page> pages = new ArrayList<>();
        Page page = postForm(gateway + "/logout", Map.of("_csrf", csrfToken().orElse("")), Map.of());
        pages.add(page);
        while (page.isRedirect() && pages.size() < 10) {
            page = get(page.uri().resolve(page.location()).toString());
            pages.add(page);
        }
        return pages;
    }

    Page get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().header("Accept", "text/html,application/json"));
    }

    /** A page's API call: JSON, the tenant header, and the CSRF token echoed from its cookie. */
    Http.Response api(String method, String path, String tenant, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (tenant != null) {
            request.header("X-Tenant", tenant);
        }
        csrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return send(request).asResponse();
    }

    /** The same call without the CSRF header, as a page of another site would make it. */
    Http.Response apiWithoutCsrf(String method, String path, String tenant, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
        if (tenant != null) {
            request.header("X-Tenant", tenant);
        }
        return send(request).asResponse();
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(URI.create(gateway)).stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    Optional<String> csrfToken() {
        return cookie("XSRF-TOKEN");
    }

    Page follow(Page page) {
        for (int hops = 0; page.isRedirect(); hops++) {
            if (hops == 10) {
                throw new IllegalStateException("Too many redirects: " + page);
            }
            page = get(page.uri().resolve(page.location()).toString());
        }
        return page;
    }

    private Page postForm(String url, Map<String, String> fields, Map<String, String> headers) {
        String form = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request);
    }

    private static String formAction(Page page) {
        Matcher m = FORM_ACTION.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("No login form on " + page);
        }
        return page.uri().resolve(m.group(1).replace("&amp;", "&")).toString();
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(45)).build(); // above the gateway's 30 s, so its answer shows
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), built.uri(), response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Browsers treat {@code http://localhost} as a secure context and send it cookies marked {@code Secure}
     * (Keycloak marks its login-session cookies so); Java's cookie manager would not.
     */
    private static final class LocalhostIsSecure extends CookieHandler {
        private final CookieManager delegate;

        LocalhostIsSecure(CookieManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
            return delegate.get(local && "http".equals(uri.getScheme()) ? secure(uri) : uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            delegate.put(uri, headers);
        }

        private static URI secure(URI uri) {
            return URI.create("https" + uri.toString().substring("http".length()));
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
