package org.partycloud.dues.rate;

import static org.partycloud.dues.rate.PayerCategory.EMPLOYED;
import static org.partycloud.dues.rate.PayerCategory.RELIEF;
import static org.partycloud.dues.rate.PayerCategory.RETIRED;
import static org.partycloud.dues.rate.PayerCategory.STUDENT;
import static org.partycloud.dues.rate.PayerCategory.UNEMPLOYED;

import java.util.List;
import org.partycloud.platform.migration.TenantSeeder;
import org.partycloud.core.tenant.TenantKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives a new tenant the national default dues table (upper bounds inclusive). Seeding again adds only
 * brackets that are missing and never overwrites a rate the tenant admin has changed: rows are matched by
 * their stable code, and the insert is conflict-free even when two provisioning calls race.
 */
@Component
class NationalDefaultRateBrackets implements TenantSeeder {

    private final JdbcTemplate jdbc;

    NationalDefaultRateBrackets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static List<RateBracket> defaults() {
        return List.of(
                RateBracket.percentage("employed-up-to-3000", EMPLOYED, null, "3000", "0.5"),
                RateBracket.percentage("employed-3000-to-5000", EMPLOYED, "3000", "5000", "1"),
                RateBracket.percentage("employed-5000-to-10000", EMPLOYED, "5000", "10000", "1.5"),
                RateBracket.percentage("employed-over-10000", EMPLOYED, "10000", null, "2"),
                RateBracket.percentage("retired-up-to-5000", RETIRED, null, "5000", "0.5"),
                RateBracket.percentage("retired-over-5000", RETIRED, "5000", null, "1"),
                RateBracket.fixed("student", STUDENT, "0.20"),
                RateBracket.fixed("unemployed", UNEMPLOYED, "0.20"),
                RateBracket.fixed("relief", RELIEF, "0.20"));
    }

    /** Plain JDBC: the seeder runs outside any request, and the schema is named from the validated key. */
    @Override
    public void seed(TenantKey key) {
        String sql = "INSERT INTO " + key.quotedSchema() + ".rate_bracket"
                + " (code, category, lower_bound, upper_bound, rate_percent, fixed_amount)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING";
        jdbc.batchUpdate(sql, defaults().stream().map(b -> new Object[] {b.code(), b.category().name(),
                b.lowerBound(), b.upperBound(), b.ratePercent(), b.fixedAmount()}).toList());
    }
}
