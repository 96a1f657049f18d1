package org.partycloud.affairs.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partycloud.platform.web.ProblemException;

class CorrectionChangesTest {

    @Test
    void acceptsTheFieldsAMemberMayAskForAndStripsValues() {
        CorrectionChanges changes = CorrectionChanges.parse(Map.of("phone", " 139 0000 0000 ", "education", "master",
                "nativePlace", "湖南省湘潭市", "ethnicity", "满族", "job", "教师", "address", "上海 🏠"));

        assertThat(changes.value("phone")).isEqualTo("139 0000 0000");
        assertThat(changes.education()).isEqualTo(Education.MASTER);
        assertThat(changes.values()).hasSize(6);
    }

    @Test
    void refusesFieldsAMemberMayNotAskForNamingThem() {
        assertThatThrownBy(() -> CorrectionChanges.parse(Map.of("name", "张三", "idNumber", "x", "phone", "1")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(422);
                    assertThat(problem.type()).isEqualTo("correction-field-not-allowed");
                    assertThat(problem.properties().get("fields")).isEqualTo(List.of("idNumber", "name"));
                });
    }

    @Test
    void refusesInvalidValuesAndAnEmptyRequest() {
        assertThat(errorsOf(Map.of("phone", "call me"))).containsKey("phone");
        assertThat(errorsOf(Map.of("education", "genius"))).containsKey("education");
        assertThat(errorsOf(Map.of("ethnicity", "族".repeat(21)))).containsKey("ethnicity");
        assertThat(errorsOf(Map.of())).containsKey("changes");
    }

    @Test
    void aBlankValueAsksToClearTheField() {
        Map<String, String> requested = new HashMap<>();
        requested.put("address", " ");
        requested.put("job", null);

        CorrectionChanges changes = CorrectionChanges.parse(requested);

        assertThat(changes.asks("address")).isTrue();
        assertThat(changes.value("address")).isNull();
        assertThat(changes.asks("job")).isTrue();
        assertThat(changes.asks("phone")).isFalse();
    }

    @Test
    void anApprovedCorrectionChangesOnlyTheFieldsItNames() {
        Member member = MemberTestData.enrolled(MemberTestData.fullMember(UUID.randomUUID()));
        Map<String, String> before = member.snapshot();
        Map<String, String> requested = new HashMap<>();
        requested.put("phone", "139 0000 0000");
        requested.put("job", "工程师");
        requested.put("address", "");

        List<FieldChange> changes = member.correct(CorrectionChanges.parse(requested), MemberTestData.BEIJING.instant());

        assertThat(changes).extracting(FieldChange::field).containsExactly("phone", "address");
        assertThat(member.snapshot().get("phone")).isEqualTo("139 0000 0000");
        assertThat(member.snapshot().get("address")).isNull();
        assertThat(member.snapshot().get("name")).isEqualTo(before.get("name"));
        assertThat(member.snapshot().get("education")).isEqualTo(before.get("education"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errorsOf(Map<String, String> requested) {
        try {
            CorrectionChanges.parse(requested);
        } catch (ProblemException problem) {
            assertThat(problem.status().value()).isEqualTo(400);
            return (Map<String, String>) problem.properties().get("errors");
        }
        throw new AssertionError("accepted " + requested);
    }
}
