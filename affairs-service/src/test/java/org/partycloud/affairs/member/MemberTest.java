package org.partycloud.affairs.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

class MemberTest {

    private static final LocalDate TODAY = LocalDate.now(MemberTestData.BEIJING);

    @Test
    void readsBirthDateAndGenderFromTheIdNumberWhenLeftOut() {
        Member member = MemberTestData.enrolled(MemberTestData.fullMember(UUID.randomUUID()));

        assertThat(member.birthDate()).isEqualTo(LocalDate.of(1985, 6, 15));
        assertThat(member.gender()).isEqualTo(Gender.MALE);
        assertThat(member.status()).isEqualTo(MemberStatus.NORMAL);
        assertThat(member.nameInitials()).isEqualTo("zsf");
        assertThat(member.idNumberMasked()).matches("^110\\*{11}[0-9]{3}[0-9X]$");
    }

    @Test
    void refusesBirthDateAndGenderThatContradictTheIdNumber() {
        MemberDetails details = MemberTestData.withIdentity(MemberTestData.fullMember(UUID.randomUUID()),
                "11010519491231002X", LocalDate.of(1949, 12, 30), Gender.MALE);

        assertThatThrownBy(() -> MemberTestData.enrolled(details))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(errors(e)).containsKeys("birthDate", "gender");
                    assertThat(errors(e).get("birthDate")).contains("1949-12-31");
                });
    }

    @Test
    void acceptsBirthDateAndGenderThatAgreeWithTheIdNumber() {
        MemberDetails details = MemberTestData.withIdentity(MemberTestData.fullMember(UUID.randomUUID()),
                "11010519491231002X", LocalDate.of(1949, 12, 31), Gender.FEMALE);

        assertThat(MemberTestData.enrolled(details).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void refusesPartyDatesOutOfOrderOrInTheFuture() {
        MemberDetails base = MemberTestData.fullMember(UUID.randomUUID());

        assertThatThrownBy(() -> MemberTestData.enrolled(MemberTestData.withDates(base, LocalDate.of(2008, 7, 1),
                LocalDate.of(2008, 7, 1))))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(errors(e)).containsKey("fullMembershipDate"));
        assertThatThrownBy(() -> MemberTestData.enrolled(MemberTestData.withDates(base, TODAY.plusDays(1), null)))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(errors(e)).containsEntry("probationaryDate", "must not be in the future"));
        assertThatThrownBy(() -> MemberTestData.enrolled(MemberTestData.withDates(base, LocalDate.of(2006, 1, 1),
                null)))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(errors(e)).containsKey("probationaryDate"));
    }

    @Test
    void refusesFullMembershipDateForAProbationaryMemberAndAMissingCategory() {
        MemberDetails probationary = MemberTestData.probationaryMember(UUID.randomUUID());

        assertThatThrownBy(() -> MemberTestData.enrolled(MemberTestData.withDates(probationary,
                probationary.probationaryDate(), TODAY)))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(errors(e)).containsKey("fullMembershipDate"));
        MemberDetails noCategory = new MemberDetails(probationary.orgId(), "王五", null, null, null,
                probationary.idNumber(), null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> MemberTestData.enrolled(noCategory))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(errors(e)).containsKey("category"));
    }

    @Test
    void editAnswersTheChangedFieldsWithTheIdNumberMasked() {
        MemberDetails details = MemberTestData.fullMember(UUID.randomUUID());
        Member member = MemberTestData.enrolled(details);
        String oldMask = member.idNumberMasked();
        MemberDetails edited = MemberTestData.withPhoneAndOrg(
                MemberTestData.bornOn(details, LocalDate.of(1985, 6, 16), Gender.MALE), "010-12345678",
                details.orgId());
        IdCardNumber number = IdCardNumber.parse(edited.idNumber(), TODAY);

        List<FieldChange> changes = member.edit(edited, number, MemberTestData.CIPHER.protect(number), TODAY,
                MemberTestData.BEIJING.instant());

        assertThat(changes).extracting(FieldChange::field).containsExactly("birthDate", "idNumber", "phone");
        assertThat(changes).contains(new FieldChange("phone", "138 0013 8000", "010-12345678"),
                new FieldChange("idNumber", oldMask, number.masked()));
        assertThat(changes.toString()).doesNotContain(edited.idNumber()).doesNotContain(details.idNumber());
    }

    @Test
    void editWithoutDifferencesChangesNothing() {
        MemberDetails details = MemberTestData.fullMember(UUID.randomUUID());
        Member member = MemberTestData.enrolled(details);
        IdCardNumber number = IdCardNumber.parse(details.idNumber(), TODAY);

        assertThat(member.edit(details, number, MemberTestData.CIPHER.protect(number), TODAY,
                MemberTestData.BEIJING.instant())).isEmpty();
    }

    @Test
    void editCannotChangeTheCategory() {
        MemberDetails details = MemberTestData.probationaryMember(UUID.randomUUID());
        Member member = MemberTestData.enrolled(details);
        MemberDetails asFull = new MemberDetails(details.orgId(), details.name(), null, null, null, details.idNumber(),
                null, null, null, null, null, null, null, details.probationaryDate(), null, MemberCategory.FULL);
        IdCardNumber number = IdCardNumber.parse(details.idNumber(), TODAY);

        assertThatThrownBy(() -> member.edit(asFull, number, MemberTestData.CIPHER.protect(number), TODAY,
                MemberTestData.BEIJING.instant()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(errors(e)).containsKey("category"));
        assertThat(member.category()).isEqualTo(MemberCategory.PROBATIONARY);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(ProblemException e) {
        return (Map<String, String>) e.properties().get("errors");
    }
}
