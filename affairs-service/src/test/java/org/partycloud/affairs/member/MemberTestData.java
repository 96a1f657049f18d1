package org.partycloud.affairs.member;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Members as an officer would enter them, with ID-card numbers that are valid and unique within a test run. */
final class MemberTestData {

    /** 01:00 on 24 November 2026 in Beijing, still 23 November in UTC. */
    static final Clock BEIJING = Clock.fixed(Instant.parse("2026-11-23T17:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final ArchiveCipher CIPHER = new ArchiveCipher(ArchiveCipher.DEVELOPMENT_KEY);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private MemberTestData() {
    }

    /** A valid number for the birth date and gender; region and sequence differ for every call in the JVM. */
    static String idNumber(LocalDate birthDate, Gender gender) {
        int n = SEQUENCE.getAndIncrement();
        int region = 110101 + (n / 500) % 90;
        int sequence = (n % 500) * 2 + (gender == Gender.MALE ? 1 : 0);
        String first17 = region + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return first17 + IdCardNumber.checkDigit(first17);
    }

    static MemberDetails fullMember(UUID orgId) {
        LocalDate born = LocalDate.of(1985, 6, 15);
        return new MemberDetails(orgId, "张三丰", null, "汉族", null, idNumber(born, Gender.MALE), "湖北省十堰市",
                Education.BACHELOR, "工程师", "138 0013 8000", "北京市海淀区中关村大街 1 号",
                LocalDate.of(2005, 3, 1), LocalDate.of(2006, 3, 1), LocalDate.of(2007, 7, 1), LocalDate.of(2008, 7, 1),
                MemberCategory.FULL);
    }

    static MemberDetails probationaryMember(UUID orgId) {
        LocalDate born = LocalDate.of(1998, 2, 3);
        return new MemberDetails(orgId, "李四", Gender.FEMALE, "回族", born, idNumber(born, Gender.FEMALE), "宁夏银川市",
                Education.MASTER, "研究员", null, null,
                LocalDate.of(2022, 3, 1), LocalDate.of(2023, 3, 1), LocalDate.of(2025, 6, 1), null,
                MemberCategory.PROBATIONARY);
    }

    static MemberDetails named(MemberDetails d, String name) {
        return new MemberDetails(d.orgId(), name, d.gender(), d.ethnicity(), d.birthDate(), d.idNumber(),
                d.nativePlace(), d.education(), d.job(), d.phone(), d.address(), d.applicationDate(), d.activistDate(),
                d.probationaryDate(), d.fullMembershipDate(), d.category());
    }

    /** The same person born on another day (so with another ID-card number), other details as they were. */
    static MemberDetails bornOn(MemberDetails d, LocalDate birthDate, Gender gender) {
        return new MemberDetails(d.orgId(), d.name(), null, d.ethnicity(), null, idNumber(birthDate, gender),
                d.nativePlace(), d.education(), d.job(), d.phone(), d.address(), d.applicationDate(), d.activistDate(),
                d.probationaryDate(), d.fullMembershipDate(), d.category());
    }

    static MemberDetails withIdentity(MemberDetails d, String idNumber, LocalDate birthDate, Gender gender) {
        return new MemberDetails(d.orgId(), d.name(), gender, d.ethnicity(), birthDate, idNumber, d.nativePlace(),
                d.education(), d.job(), d.phone(), d.address(), d.applicationDate(), d.activistDate(),
                d.probationaryDate(), d.fullMembershipDate(), d.category());
    }

    static MemberDetails withPhoneAndOrg(MemberDetails d, String phone, UUID orgId) {
        return new MemberDetails(orgId, d.name(), d.gender(), d.ethnicity(), d.birthDate(), d.idNumber(),
                d.nativePlace(), d.education(), d.job(), phone, d.address(), d.applicationDate(), d.activistDate(),
                d.probationaryDate(), d.fullMembershipDate(), d.category());
    }

    static MemberDetails withEducation(MemberDetails d, Education education) {
        return new MemberDetails(d.orgId(), d.name(), d.gender(), d.ethnicity(), d.birthDate(), d.idNumber(),
                d.nativePlace(), education, d.job(), d.phone(), d.address(), d.applicationDate(), d.activistDate(),
                d.probationaryDate(), d.fullMembershipDate(), d.category());
    }

    static MemberDetails withDates(MemberDetails d, LocalDate probationaryDate, LocalDate fullMembershipDate) {
        return new MemberDetails(d.orgId(), d.name(), d.gender(), d.ethnicity(), d.birthDate(), d.idNumber(),
                d.nativePlace(), d.education(), d.job(), d.phone(), d.address(), d.applicationDate(), d.activistDate(),
                probationaryDate, fullMembershipDate, d.category());
    }

    /** The archive as {@link Member#enrol} opens it, on {@link #BEIJING}'s today. */
    static Member enrolled(MemberDetails details) {
        LocalDate today = LocalDate.now(BEIJING);
        IdCardNumber number = IdCardNumber.parse(details.idNumber(), today);
        return Member.enrol(details, number, CIPHER.protect(number), today, BEIJING.instant());
    }

    static StatusChange operation(StatusOperation operation, LocalDate date) {
        return new StatusChange(operation, date, "支部委员会研究决定", "深圳市南山区", date.plusMonths(6), 6,
                LeaveKind.SELF_WITHDRAWN);
    }

    /**
     * A member brought into the status by legal operations: probationary where the status needs it (or the
     * category is asked for), full otherwise. Every step is dated in 2025, so a test may act in 2026.
     */
    static Member inStatus(MemberStatus status, MemberCategory category) {
        Member member = enrolled(category == MemberCategory.PROBATIONARY ? probationaryMember(UUID.randomUUID())
                : fullMember(UUID.randomUUID()));
        LocalDate first = LocalDate.of(2025, 7, 1);
        LocalDate second = LocalDate.of(2025, 8, 1);
        StatusOperation step = switch (status) {
            case NORMAL -> null;
            case MOBILE -> StatusOperation.MOBILE;
            case LOST_CONTACT -> StatusOperation.LOST_CONTACT;
            case SUSPENDED -> StatusOperation.LOST_CONTACT;
            case PROBATION_EXTENDED -> StatusOperation.EXTEND_PROBATION;
            case PROBATION_CANCELLED -> StatusOperation.CANCEL_PROBATION;
            case LEFT -> StatusOperation.LEAVE;
            case DECEASED -> StatusOperation.DECEASED;
        };
        if (step != null) {
            member.undergo(operation(step, first), LocalDate.now(BEIJING), BEIJING.instant());
        }
        if (status == MemberStatus.SUSPENDED) {
            member.undergo(operation(StatusOperation.SUSPEND, second.plusMonths(6)), LocalDate.now(BEIJING),
                    BEIJING.instant());
        }
        return member;
    }
}
