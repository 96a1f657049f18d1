package org.partycloud.platform.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Serves this service's change feed to other services, in sequence order. */
@RestController
@Validated
class FeedController {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    FeedController(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @GetMapping("/internal/feed")
    FeedPage feed(@RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        List<FeedEntry> items = jdbc.query("""
                SELECT seq, tenant_key, type, subject, payload::text AS payload, created_at
                FROM platform.change_feed WHERE seq > ? ORDER BY seq LIMIT ?
                """, this::entry, after, limit);
        return new FeedPage(items, items.isEmpty() ? after : items.get(items.size() - 1).seq());
    }

    private FeedEntry entry(ResultSet rs, int row) throws SQLException {
        return new FeedEntry(rs.getLong("seq"), rs.getString("tenant_key"), rs.getString("type"),
                rs.getString("subject"), json.readTree(rs.getString("payload")),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
