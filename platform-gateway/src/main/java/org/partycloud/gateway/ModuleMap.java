package org.partycloud.gateway;

import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Which module a request path belongs to: the first matching pattern wins; always-on paths belong to none. */
public class ModuleMap {

    private record Entry(PathPattern pattern, String module) {
    }

    private final List<Entry> entries;
    private final List<PathPattern> alwaysOn;

    public ModuleMap(List<GatewayProperties.ModuleRoute> routes, List<String> alwaysOn) {
        PathPatternParser parser = new PathPatternParser();
        this.entries = routes.stream().map(r -> new Entry(parser.parse(r.path()), r.module())).toList();
        this.alwaysOn = alwaysOn.stream().map(parser::parse).toList();
    }

    /** The module that must be on for the path, or empty for always-on paths and paths of no module. */
    public Optional<String> moduleOf(String path) {
        PathContainer container = PathContainer.parsePath(path);
        if (alwaysOn.stream().anyMatch(p -> p.matches(container))) {
            return Optional.empty();
        }
        return entries.stream().filter(e -> e.pattern().matches(container)).map(Entry::module).findFirst();
    }
}
