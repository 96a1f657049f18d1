package org.partycloud.affairs.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** Every status operation from every status: the legal ones land where they should, the others are a 409. */
class MemberStatusTransitionTest {

    private static final LocalDate TODAY = LocalDate.now(MemberTestData.BEIJING);
    private static final LocalDate ON = LocalDate.of(2026, 11, 1);
    private static final Map<StatusOperation, MemberStatus> TARGET = Map.of(
            StatusOperation.MOBILE, MemberStatus.MOBILE,
            StatusOperation.LOST_CONTACT, MemberStatus.LOST_CONTACT,
            StatusOperation.SUSPEND, MemberStatus.SUSPENDED,
            StatusOperation.RESTORE, MemberStatus.NORMAL,
            StatusOperation.EXTEND_PROBATION, MemberStatus.PROBATION_EXTENDED,
            StatusOperation.CANCEL_PROBATION, MemberStatus.PROBATION_CANCELLED,
            StatusOperation.CONVERT_TO_FULL, MemberStatus.NORMAL,
            StatusOperation.LEAVE, MemberStatus.LEFT,
            StatusOperation.DECEASED, MemberStatus.DECEASED);

    static List<Arguments> everyOperationFromEveryStatus() {
        List<Arguments> cases = new ArrayList<>();
        for (StatusOperation operation : StatusOperation.values()) {
            for (MemberStatus status : MemberStatus.values()) {
                cases.add(Arguments.of(operation, status));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyOperationFromEveryStatus")
    void appliesOperationWhereTheStatusAllowsItAndRefusesItElsewhere(StatusOperation operation, MemberStatus status) {
        Member member = MemberTestData.inStatus(status, categoryFor(operation, status));
        StatusChange change = MemberTestData.operation(operation, ON);

        if (operation.appliesTo(status)) {
            member.undergo(change, TODAY, MemberTestData.BEIJING.instant());
            assertThat(member.status()).isEqualTo(TARGET.get(operation));
            assertThat(member.statusSince()).isEqualTo(ON);
            assertThat(member.statusReason()).isEqualTo("支部委员会研究决定");
        } else {
            assertThatThrownBy(() -> member.undergo(change, TODAY, MemberTestData.BEIJING.instant()))
                    .isInstanceOfSatisfying(IllegalStatusChangeException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                        assertThat(e.properties()).containsEntry("currentStatus", status.json())
                                .containsEntry("operation", operation.json());
                    });
            assertThat(member.status()).isEqualTo(status);
        }
    }

    /** The category the operation needs; otherwise the one the status implies (full where either would do). */
    private static MemberCategory categoryFor(StatusOperation operation, MemberStatus status) {
        if (status == MemberStatus.SUSPENDED) {
            return MemberCategory.FULL;
        }
        if (status == MemberStatus.PROBATION_EXTENDED || status == MemberStatus.PROBATION_CANCELLED) {
            return MemberCategory.PROBATIONARY;
        }
        return operation.requiredCategory() == null ? MemberCategory.FULL : operation.requiredCategory();
    }

    @Test
    void formerMembersUndergoNothing() {
        for (MemberStatus former : MemberStatus.FORMER) {
            for (StatusOperation operation : StatusOperation.values()) {
                assertThat(operation.appliesTo(former)).as("%s from %s", operation, former).isFalse();
            }
        }
    }

    @Test
    void refusesProbationOperationsForFullMembersAndSuspensionForProbationaryOnes() {
        Member full = MemberTestData.inStatus(MemberStatus.NORMAL, MemberCategory.FULL);
        Member probationary = MemberTestData.inStatus(MemberStatus.NORMAL, MemberCategory.PROBATIONARY);

        for (StatusOperation operation : List.of(StatusOperation.EXTEND_PROBATION, StatusOperation.CANCEL_PROBATION,
                StatusOperation.CONVERT_TO_FULL)) {
            assertThatThrownBy(() -> full.undergo(MemberTestData.operation(operation, ON), TODAY,
                    MemberTestData.BEIJING.instant()))
                    .isInstanceOfSatisfying(IllegalStatusChangeException.class,
                            e -> assertThat(e.properties()).containsEntry("category", "full"));
        }
        assertThatThrownBy(() -> probationary.undergo(MemberTestData.operation(StatusOperation.SUSPEND, ON), TODAY,
                MemberTestData.BEIJING.instant()))
                .isInstanceOf(IllegalStatusChangeException.class);
    }

    @Test
    void conversionSetsFullMembershipDateAndCategory() {
        Member member = MemberTestData.inStatus(MemberStatus.PROBATION_EXTENDED, MemberCategory.PROBATIONARY);

        List<FieldChange> changes = member.undergo(MemberTestData.operation(StatusOperation.CONVERT_TO_FULL, ON), TODAY,
                MemberTestData.BEIJING.instant());

        assertThat(member.category()).isEqualTo(MemberCategory.FULL);
        assertThat(member.fullMembershipDate()).isEqualTo(ON);
        assertThat(member.status()).isEqualTo(MemberStatus.NORMAL);
        assertThat(changes).extracting(FieldChange::field)
                .contains("category", "status", "fullMembershipDate", "statusSince");
        assertThat(changes).contains(new FieldChange("category", "probationary", "full"));
    }

    @Test
    void refusesConversionDatedOnOrBeforeTheProbationaryDate() {
        Member member = MemberTestData.enrolled(MemberTestData.probationaryMember(UUID.randomUUID()));

        assertThatThrownBy(() -> member.undergo(MemberTestData.operation(StatusOperation.CONVERT_TO_FULL,
                member.probationaryDate()), TODAY, MemberTestData.BEIJING.instant()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.properties().get("errors"))
                        .asString().contains("date"));
        assertThat(member.category()).isEqualTo(MemberCategory.PROBATIONARY);
    }

    @Test
    void extendsProbationBeyondTheRegularYearByTheMonthsGiven() {
        Member member = MemberTestData.enrolled(MemberTestData.probationaryMember(UUID.randomUUID()));
        StatusChange twelveMonths = new StatusChange(StatusOperation.EXTEND_PROBATION, ON, "表现需继续考察", null, null,
                12, null);

        member.undergo(twelveMonths, TODAY, MemberTestData.BEIJING.instant());

        assertThat(member.probationExtendedUntil()).isEqualTo(member.probationaryDate().plusYears(2));
        assertThat(member.status()).isEqualTo(MemberStatus.PROBATION_EXTENDED);
    }

    @Test
    void extensionNeedsMonthsMobilityWhereAndUntilWhenLeavingAKind() {
        Member probationary = MemberTestData.enrolled(MemberTestData.probationaryMember(UUID.randomUUID()));
        Member full = MemberTestData.enrolled(MemberTestData.fullMember(UUID.randomUUID()));

        assertFieldError(() -> probationary.undergo(new StatusChange(StatusOperation.EXTEND_PROBATION, ON, "理由",
                null, null, null, null), TODAY, MemberTestData.BEIJING.instant()), "months");
        assertFieldError(() -> full.undergo(new StatusChange(StatusOperation.MOBILE, ON, "外出务工", " ", null, null,
                null), TODAY, MemberTestData.BEIJING.instant()), "place");
        assertFieldError(() -> full.undergo(new StatusChange(StatusOperation.MOBILE, ON, "外出务工", "深圳", ON, null,
                null), TODAY, MemberTestData.BEIJING.instant()), "until");
        assertFieldError(() -> full.undergo(new StatusChange(StatusOperation.LEAVE, ON, "理由", null, null, null,
                null), TODAY, MemberTestData.BEIJING.instant()), "kind");
        assertThat(full.status()).isEqualTo(MemberStatus.NORMAL);
    }

    @Test
    void recordsWhereAndUntilWhenOfAMobileMemberAndForgetsThemOnRestore() {
        Member member = MemberTestData.enrolled(MemberTestData.fullMember(UUID.randomUUID()));

        member.undergo(new StatusChange(StatusOperation.MOBILE, LocalDate.of(2026, 3, 1), "外出务工", " 广东省深圳市 ",
                LocalDate.of(2026, 12, 31), null, null), TODAY, MemberTestData.BEIJING.instant());
        assertThat(member.mobilePlace()).isEqualTo("广东省深圳市");
        assertThat(member.mobileUntil()).isEqualTo(LocalDate.of(2026, 12, 31));

        member.undergo(MemberTestData.operation(StatusOperation.RESTORE, ON), TODAY, MemberTestData.BEIJING.instant());
        assertThat(member.status()).isEqualTo(MemberStatus.NORMAL);
        assertThat(member.mobilePlace()).isNull();
    }

    @Test
    void suspendsALostContactMemberOnlyAfterSixMonthsOfIt() {
        Member fiveMonths = lostContactOn(LocalDate.of(2026, 6, 1));
        Member sixMonths = lostContactOn(LocalDate.of(2026, 5, 1));

        assertThatThrownBy(() -> fiveMonths.undergo(MemberTestData.operation(StatusOperation.SUSPEND, ON), TODAY,
                MemberTestData.BEIJING.instant()))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(e.type()).isEqualTo("lost-contact-under-six-months");
                });
        assertThat(fiveMonths.status()).isEqualTo(MemberStatus.LOST_CONTACT);

        sixMonths.undergo(MemberTestData.operation(StatusOperation.SUSPEND, ON), TODAY, MemberTestData.BEIJING.instant());
        assertThat(sixMonths.status()).isEqualTo(MemberStatus.SUSPENDED);
    }

    private static Member lostContactOn(LocalDate date) {
        Member member = MemberTestData.enrolled(MemberTestData.fullMember(UUID.randomUUID()));
        member.undergo(MemberTestData.operation(StatusOperation.LOST_CONTACT, date), TODAY,
                MemberTestData.BEIJING.instant());
        return member;
    }

    @Test
    void leavesWithTheKindGivenAndMovesToTheHistoryArchive() {
        Member member = MemberTestData.enrolled(MemberTestData.fullMember(UUID.randomUUID()));

        member.undergo(new StatusChange(StatusOperation.LEAVE, ON, "连续六个月不交党费", null, null, null,
                LeaveKind.STRUCK_OFF), TODAY, MemberTestData.BEIJING.instant());

        assertThat(member.leaveKind()).isEqualTo(LeaveKind.STRUCK_OFF);
        assertThat(member.status().isFormer()).isTrue();
        assertThat(MemberView.of(member).former()).isTrue();
    }

    @Test
    void refusesADateInTheFutureOrBeforeTheCurrentStatusBegan() {
        Member member = MemberTestData.enrolled(MemberTestData.fullMember(UUID.randomUUID()));

        assertFieldError(() -> member.undergo(MemberTestData.operation(StatusOperation.LOST_CONTACT,
                TODAY.plusDays(1)), TODAY, MemberTestData.BEIJING.instant()), "date");
        assertFieldError(() -> member.undergo(MemberTestData.operation(StatusOperation.LOST_CONTACT,
                member.statusSince().minusDays(1)), TODAY, MemberTestData.BEIJING.instant()), "date");
        assertThat(member.status()).isEqualTo(MemberStatus.NORMAL);
    }

    private static void assertFieldError(Runnable change, String field) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(e.properties().get("errors")).asInstanceOf(
                    org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey(field);
        });
    }
}
