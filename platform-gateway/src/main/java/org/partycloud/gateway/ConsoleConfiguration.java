package org.partycloud.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Serves the web console (module web-console, {@code classpath:/static/}): its hashed assets may be cached for a
 * year, its {@code index.html} never, and a page reload on a deep link ({@code /operator/tenants}) gets
 * {@code index.html} so the console's router shows the screen.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration implements WebFluxConfigurer {

    static final String INDEX = "/index.html";

    /** Vite names every asset by its content hash: a changed file is a new URL. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }

    @Bean
    WebFilter consoleDeepLinks() {
        return new DeepLinks();
    }

    /**
     * Rewrites a browser's page request for a console route to {@code /index.html}: only GET (and HEAD) requests that
     * ask for HTML, outside the server's own paths, and not for a file (a last segment with a dot, or an existing
     * static resource). The console's pages are marked not to be cached.
     */
    static final class DeepLinks implements WebFilter, Ordered {

        private static final List<String> SERVER_PREFIXES = List.of("/api/", "/oauth2/", "/login/", "/actuator/",
                "/internal/", "/assets/");
        private static final List<String> SERVER_PATHS = List.of("/api", "/oauth2", "/login", "/logout", "/actuator",
                "/internal", "/error");

        @Override
        public int getOrder() {
            // After Spring Security (-100), which has already seen the original path.
            return 0;
        }

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
            ServerHttpRequest request = exchange.getRequest();
            String path = request.getPath().pathWithinApplication().value();
            if (isConsolePage(request, path)) {
                exchange.getResponse().beforeCommit(() -> {
                    exchange.getResponse().getHeaders().setCacheControl(CacheControl.noCache());
                    return Mono.empty();
                });
                if (!path.equals("/") && !path.equals(INDEX)) {
                    return chain.filter(exchange.mutate().request(r -> r.path(INDEX)).build());
                }
            }
            return chain.filter(exchange);
        }

        static boolean isConsolePage(ServerHttpRequest request, String path) {
            if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
                return false;
            }
            if (path.equals("/") || path.equals(INDEX)) {
                return true;
            }
            if (!acceptsHtml(request.getHeaders()) || isServerPath(path) || looksLikeFile(path)) {
                return false;
            }
            return !new ClassPathResource("static" + path).exists();
        }

        static boolean isServerPath(String path) {
            return SERVER_PATHS.contains(path) || SERVER_PREFIXES.stream().anyMatch(path::startsWith)
                    || path.contains("..");
        }

        private static boolean looksLikeFile(String path) {
            return path.substring(path.lastIndexOf('/') + 1).contains(".");
        }

        /** A browser's navigation names text/html explicitly; a fetch with Accept: * / * is not a page load. */
        private static boolean acceptsHtml(HttpHeaders headers) {
            try {
                return headers.getAccept().stream().anyMatch(type -> "text".equals(type.getType())
                        && "html".equals(type.getSubtype()));
            } catch (org.springframework.http.InvalidMediaTypeException e) {
                return false;
            }
        }
    }
}
