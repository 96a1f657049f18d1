package org.partycloud.affairs.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

class OrganizationTest {

    /** 01:00 on 24 November in Beijing, still 23 November in UTC. */
    private static final Clock BEIJING = Clock.fixed(Instant.parse("2026-11-23T17:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void acceptsFoundingDateOfTodayInTheServiceZoneEvenWhereUtcIsStillYesterday() {
        Organization org = Organization.found(
                OrganizationTestData.foundedOn(OrganizationTestData.committee(), LocalDate.of(2026, 11, 24)), null, BEIJING);

        assertThat(org.foundedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void refusesFoundingDateAfterToday() {
        NewOrganization tomorrow = OrganizationTestData.foundedOn(OrganizationTestData.committee(), LocalDate.of(2026, 11, 25));

        assertThatThrownBy(() -> Organization.found(tomorrow, null, BEIJING))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.properties().get("errors")).isEqualTo(Map.of("foundedOn", "must not be in the future"));
                });
    }

    @Test
    void placesBranchUnderCommitteeAndGroupUnderBranch() {
        Organization committee = Organization.found(OrganizationTestData.committee(), null, BEIJING);
        Organization branch = Organization.found(OrganizationTestData.branchUnder(null, "第一党支部", 1), committee, BEIJING);
        Organization group = Organization.found(OrganizationTestData.groupUnder(null), branch, BEIJING);

        assertThat(branch.type()).isEqualTo(OrganizationType.BRANCH);
        assertThat(group.type()).isEqualTo(OrganizationType.GROUP);
    }

    @Test
    void refusesCommitteeUnderBranch() {
        Organization branch = Organization.found(OrganizationTestData.branchUnder(null, "第一党支部", 1), null, BEIJING);

        assertThatThrownBy(() -> Organization.found(OrganizationTestData.committee(), branch, BEIJING))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(e.type()).isEqualTo("organization-type-not-allowed-under-parent");
                });
    }

    @Test
    void refusesAnythingUnderGroup() {
        Organization group = Organization.found(OrganizationTestData.groupUnder(null), null, BEIJING);

        assertThatThrownBy(() -> Organization.found(OrganizationTestData.groupUnder(null), group, BEIJING))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void trimsNameAndStoresBlankOptionalTextAsAbsent() {
        NewOrganization input = new NewOrganization(null, "  第二党支部 ", OrganizationType.BRANCH, "   ", null, null,
                " ", "");

        Organization org = Organization.found(input, null, BEIJING);

        assertThat(org.name()).isEqualTo("第二党支部");
        assertThat(org.code()).isNull();
        assertThat(org.contact()).isNull();
        assertThat(org.address()).isNull();
        assertThat(org.displayOrder()).isZero();
        assertThat(org.createdAt()).isEqualTo(BEIJING.instant()).isEqualTo(org.updatedAt());
    }
}
