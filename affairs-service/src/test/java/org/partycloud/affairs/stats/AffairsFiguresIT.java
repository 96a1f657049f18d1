package org.partycloud.affairs.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.platform.stats.DailyFigure;
import org.partycloud.platform.stats.TenantFigures;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.platform.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The affairs figures of two tenants whose archives were entered through the API, compared figure by figure with
 * what an officer counting by hand would find.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AffairsFiguresIT extends ServiceIntegrationTest {

    private static final String A = "statsfiga";
    private static final String B = "statsfigb";

    @Autowired
    private TenantFigures figures;

    @Autowired
    private Clock clock;

    private LocalDate today;
    private LocalDate statDate;

    @BeforeAll
    void archives() throws Exception {
        tenants().freshActive(A, B);
        today = LocalDate.now(clock);
        statDate = today.minusDays(1);
        LocalDate yearStart = statDate.withDayOfYear(1);

        TenantArchive a = new TenantArchive(mvc, json, A);
        UUID committee = a.organization(null, "committee", "中共示范公司委员会");
        UUID first = a.organization(committee, "branch", "第一党支部");
        UUID second = a.organization(committee, "branch", "第二党支部");
        UUID closed = a.organization(committee, "branch", "撤销的党支部");
        a.dissolve(closed, today);

        // exactly 45 on the day
        UUID secretary = a.member(first, statDate.minusYears(45), false, Map.of("education", "bachelor",
                "ethnicity", "汉族", "probationaryDate", "2007-07-01", "fullMembershipDate", "2008-07-01"));
        // 35 tomorrow: still under 35 on the day; admitted on the first day of the year
        a.member(first, statDate.minusYears(35).plusDays(1), true, Map.of("category", "probationary",
                "education", "master", "ethnicity", "回族", "probationaryDate", yearStart));
        // 61, no education nor ethnicity entered, converted to full membership this year
        a.member(first, statDate.minusYears(61), false, Map.of("probationaryDate", yearStart.minusYears(1),
                "fullMembershipDate", yearStart));
        // 46, works elsewhere for a while
        UUID mobile = a.member(first, statDate.minusYears(46), false, Map.of("education", "bachelor",
                "ethnicity", "汉族", "probationaryDate", "2010-07-01", "fullMembershipDate", "2011-07-01"));
        a.statusChange(mobile, Map.of("operation", "mobile", "date", today, "place", "深圳市南山区",
                "until", today.plusMonths(6)));
        // admitted on the day, then left: a former member, but an admission of the year
        UUID left = a.member(first, statDate.minusYears(25), false, Map.of("category", "probationary",
                "probationaryDate", statDate));
        a.statusChange(left, Map.of("operation", "leave", "date", today, "kind", "self_withdrawn"));
        // exactly 35 on the day, the only full member of the second branch
        UUID secondSecretary = a.member(second, statDate.minusYears(35), true, Map.of("education", "doctorate",
                "ethnicity", "汉族", "probationaryDate", "2015-07-01", "fullMembershipDate", "2016-07-01"));
        // admitted the day after the statistics' day
        a.member(second, statDate.minusYears(30), true, Map.of("category", "probationary",
                "education", "high_school", "ethnicity", "汉族", "probationaryDate", today));

        a.appoint(first, secretary, "secretary", statDate.minusYears(3).plusMonths(2), statDate.plusMonths(2));
        a.appoint(second, secondSecretary, "secretary", statDate.minusYears(2), statDate.plusMonths(7));

        TenantArchive b = new TenantArchive(mvc, json, B);
        UUID branch = b.organization(null, "branch", "乙公司党支部");
        for (int i = 0; i < 2; i++) {
            b.member(branch, LocalDate.of(1985, 1, 1), false, Map.of("education", "bachelor", "ethnicity", "汉族",
                    "probationaryDate", "2010-07-01", "fullMembershipDate", "2011-07-01"));
        }
    }

    @Test
    void countsEachFigureOfATenantAsAnOfficerWouldByHand() {
        assertThat(figuresOf(A, statDate)).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("members/total", 6L),
                Map.entry("members.category/FULL", 4L),
                Map.entry("members.category/PROBATIONARY", 2L),
                Map.entry("members.status/NORMAL", 5L),
                Map.entry("members.status/MOBILE", 1L),
                Map.entry("members.gender/MALE", 3L),
                Map.entry("members.gender/FEMALE", 3L),
                Map.entry("members.ageBand/LT35", 2L),
                Map.entry("members.ageBand/FROM35TO45", 2L),
                Map.entry("members.ageBand/FROM46TO60", 1L),
                Map.entry("members.ageBand/GT60", 1L),
                Map.entry("members.education/BACHELOR", 2L),
                Map.entry("members.education/MASTER", 1L),
                Map.entry("members.education/DOCTORATE", 1L),
                Map.entry("members.education/HIGH_SCHOOL", 1L),
                Map.entry("members.education/UNKNOWN", 1L),
                Map.entry("members.ethnicity/汉族", 4L),
                Map.entry("members.ethnicity/回族", 1L),
                Map.entry("members.ethnicity/UNKNOWN", 1L),
                Map.entry("organizations/total", 3L),
                Map.entry("organizations.type/COMMITTEE", 1L),
                Map.entry("organizations.type/BRANCH", 2L),
                Map.entry("development.stage/PROBATIONARY", 2L),
                Map.entry("development.stage/JOINED_THIS_YEAR", 2L),
                Map.entry("development.stage/CONVERTED_THIS_YEAR", 1L),
                Map.entry("officers.termsEndingSoon/total", 1L),
                Map.entry("organizations.ruleBroken/total", 1L),
                Map.entry("organizations.ruleBroken/too-few-full-members", 1L))));
    }

    @Test
    void countsOnlyTheTenantsOwnArchive() {
        assertThat(figuresOf(B, statDate)).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("members/total", 2L),
                Map.entry("members.category/FULL", 2L),
                Map.entry("members.status/NORMAL", 2L),
                Map.entry("members.gender/MALE", 2L),
                Map.entry("members.ageBand/FROM35TO45", 2L),
                Map.entry("members.education/BACHELOR", 2L),
                Map.entry("members.ethnicity/汉族", 2L),
                Map.entry("organizations/total", 1L),
                Map.entry("organizations.type/BRANCH", 1L),
                Map.entry("officers.termsEndingSoon/total", 0L),
                Map.entry("organizations.ruleBroken/total", 1L),
                Map.entry("organizations.ruleBroken/too-few-full-members", 1L))));
    }

    @Test
    void reckonsAgesOnTheStatisticsDay() {
        Map<String, Long> dayBefore = figuresOf(A, statDate.minusDays(1));

        // the day before, the 35-year-old was 34, the 46-year-old 45 and the 61-year-old 60
        assertThat(dayBefore).containsEntry("members.ageBand/LT35", 3L)
                .containsEntry("members.ageBand/FROM35TO45", 2L)
                .containsEntry("members.ageBand/FROM46TO60", 1L)
                .doesNotContainKey("members.ageBand/GT60");
    }

    @Test
    void reckonsTheReElectionWindowFromTheStatisticsDay() {
        // five months later the second branch's term (ending 7 months after the day) is within six months too
        assertThat(figuresOf(A, statDate.plusMonths(5))).containsEntry("officers.termsEndingSoon/total", 2L);
    }

    private Map<String, Long> figuresOf(String tenant, LocalDate date) {
        Map<String, Long> found = new TreeMap<>();
        for (DailyFigure f : figures.compute(TenantKey.of(tenant), date)) {
            Long previous = found.put(f.metric() + "/" + f.dimension(), f.value());
            assertThat(previous).as("one value per metric and dimension: %s", f).isNull();
        }
        return found;
    }
}
