package org.partycloud.affairs.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A member as the API shows it: the ID-card number only masked ({@code 110***********002X}). */
public record MemberView(UUID id, UUID orgId, String name, String namePinyin, Gender gender, String ethnicity,
        LocalDate birthDate, String idNumber, String nativePlace, Education education, String job, String phone,
        String address, LocalDate applicationDate, LocalDate activistDate, LocalDate probationaryDate,
        LocalDate fullMembershipDate, MemberCategory category, MemberStatus status, LocalDate statusSince,
        String statusReason, String mobilePlace, LocalDate mobileUntil, LocalDate probationExtendedUntil,
        LeaveKind leaveKind, boolean former, Instant createdAt, Instant updatedAt, long version) {

    static MemberView of(Member m) {
        return new MemberView(m.id(), m.orgId(), m.name(), m.namePinyin(), m.gender(), m.ethnicity(), m.birthDate(),
                m.idNumberMasked(), m.nativePlace(), m.education(), m.job(), m.phone(), m.address(),
                m.applicationDate(), m.activistDate(), m.probationaryDate(), m.fullMembershipDate(), m.category(),
                m.status(), m.statusSince(), m.statusReason(), m.mobilePlace(), m.mobileUntil(),
                m.probationExtendedUntil(), m.leaveKind(), m.status().isFormer(), m.createdAt(), m.updatedAt(),
                m.version());
    }
}
