package org.partycloud.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoMembersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void theSameTenantGetsTheSamePeopleWithUniqueNames() {
        List<DemoMembers.Person> first = DemoMembers.of("democorp", 36, TODAY);
        List<DemoMembers.Person> again = DemoMembers.of("democorp", 36, TODAY);
        assertThat(first).hasSize(36);
        assertThat(first.stream().map(DemoMembers.Person::name).distinct()).hasSize(36);
        assertThat(again.stream().map(DemoMembers.Person::name).toList())
                .isEqualTo(first.stream().map(DemoMembers.Person::name).toList());
        assertThat(first.stream().map(p -> p.fields().get("idNumber")).distinct()).hasSize(36);
    }

    @Test
    void idNumbersCarryAValidCheckCharacterAndTheGenderInTheSequence() {
        // The example of GB 11643-1999 itself.
        assertThat(DemoMembers.idNumber("110105", LocalDate.of(1949, 12, 31), 2, false)).isEqualTo("11010519491231002X");
        String male = DemoMembers.idNumber("310104", LocalDate.of(1985, 6, 15), 134, true);
        assertThat(Character.getNumericValue(male.charAt(16)) % 2).isEqualTo(1);
        String female = DemoMembers.idNumber("310104", LocalDate.of(1985, 6, 15), 134, false);
        assertThat(Character.getNumericValue(female.charAt(16)) % 2).isZero();
    }

    @Test
    void partyDatesFollowTheRulesOrder() {
        for (DemoMembers.Person p : DemoMembers.of("demobureau", 24, TODAY)) {
            LocalDate application = LocalDate.parse((String) p.fields().get("applicationDate"));
            LocalDate activist = LocalDate.parse((String) p.fields().get("activistDate"));
            LocalDate probationary = LocalDate.parse((String) p.fields().get("probationaryDate"));
            String id = (String) p.fields().get("idNumber");
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            assertThat(application).as(p.name()).isAfter(birth.plusYears(18)).isBefore(activist);
            assertThat(activist).isBefore(probationary);
            assertThat(probationary).isBefore(TODAY);
            if ("full".equals(p.fields().get("category"))) {
                assertThat(LocalDate.parse((String) p.fields().get("fullMembershipDate")))
                        .isEqualTo(probationary.plusYears(1)).isBeforeOrEqualTo(TODAY);
            } else {
                assertThat(p.fields()).doesNotContainKey("fullMembershipDate");
            }
        }
    }

    @Test
    void givenPeopleStandAtTheirPlaceAndNoGeneratedOneTakesTheirName() {
        var people = DemoMembers.of("democorp", 36, TODAY,
                java.util.Map.of(0, java.util.Map.entry("赵红梅", false), 3, java.util.Map.entry("孙志强", true)));
        assertThat(people.get(0).name()).isEqualTo("赵红梅");
        assertThat(people.get(3).name()).isEqualTo("孙志强");
        assertThat(people.stream().filter(p -> p.name().equals("孙志强"))).hasSize(1);
        assertThat(people.stream().map(DemoMembers.Person::name).distinct()).hasSize(36);
        String id = (String) people.get(3).fields().get("idNumber");
        assertThat(Character.getNumericValue(id.charAt(16)) % 2).as("a man's sequence is odd").isEqualTo(1);
    }
}
