package org.partycloud.affairs.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.UuidGenerator;
import org.partycloud.platform.web.ProblemException;

/**
 * A member's archive (电子档案). Identity and party data change by {@link #edit}; status and category only by
 * {@link #undergo the named status operations}, which refuse what the member's status does not allow. Every
 * change answers the fields it changed, for the history.
 */
@Entity
@Table(name = "member")
class Member {

    /** Lost contact for this long allows suspending the membership (停止党籍). */
    static final int LOST_CONTACT_MONTHS_BEFORE_SUSPENSION = 6;

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    private UUID orgId;

    private String name;

    private String nameInitials;

    private String namePinyin;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private String ethnicity;

    private LocalDate birthDate;

    private byte[] idNumberCipher;

    private String idNumberHash;

    private String idNumberMasked;

    private String nativePlace;

    @Enumerated(EnumType.STRING)
    private Education education;

    private String job;

    private String phone;

    private String address;

    private LocalDate applicationDate;

    private LocalDate activistDate;

    private LocalDate probationaryDate;

    private LocalDate fullMembershipDate;

    @Enumerated(EnumType.STRING)
    private MemberCategory category;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    private LocalDate statusSince;

    private String statusReason;

    private String mobilePlace;

    private LocalDate mobileUntil;

    private LocalDate probationExtendedUntil;

    @Enumerated(EnumType.STRING)
    private LeaveKind leaveKind;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Member() {
    }

    /**
     * Opens the archive of a member of the given category, in normal status.
     *
     * @param number the checked ID-card number the details name
     */
    static Member enrol(MemberDetails details, IdCardNumber number, ProtectedIdNumber stored, LocalDate today,
            Instant now) {
        FieldErrors errors = new FieldErrors().require("category", details.category());
        check(details, details.category(), number, today, errors);
        Member member = new Member();
        member.category = details.category();
        member.status = MemberStatus.NORMAL;
        member.statusSince = details.category() == MemberCategory.FULL && details.fullMembershipDate() != null
                ? details.fullMembershipDate() : details.probationaryDate();
        member.apply(details, number, stored);
        member.createdAt = now;
        member.updatedAt = now;
        return member;
    }

    /** Replaces identity and party data; the category stays as it is (conversion changes it). */
    List<FieldChange> edit(MemberDetails details, IdCardNumber number, ProtectedIdNumber stored, LocalDate today,
            Instant now) {
        FieldErrors errors = new FieldErrors();
        if (details.category() != null && details.category() != category) {
            errors.add("category", "changes only by the convert_to_full status operation");
        }
        check(details, category, number, today, errors);
        Map<String, String> before = snapshot();
        String hashBefore = idNumberHash;
        apply(details, number, stored);
        List<FieldChange> changes = FieldChange.between(before, snapshot());
        if (!hashBefore.equals(idNumberHash) && changes.stream().noneMatch(c -> c.field().equals("idNumber"))) {
            // Same first three and last four digits, different number: still a change to record.
            changes.add(new FieldChange("idNumber", before.get("idNumber"), idNumberMasked));
        }
        if (!changes.isEmpty()) {
            updatedAt = now;
        }
        return changes;
    }

    /** Applies an approved correction request: only the fields it names, each checked again as it is applied. */
    List<FieldChange> correct(CorrectionChanges correction, Instant now) {
        CorrectionChanges checked = CorrectionChanges.parse(correction.values());
        Map<String, String> before = snapshot();
        if (checked.asks("phone")) {
            phone = checked.value("phone");
        }
        if (checked.asks("address")) {
            address = checked.value("address");
        }
        if (checked.asks("education")) {
            education = checked.education();
        }
        if (checked.asks("job")) {
            job = checked.value("job");
        }
        if (checked.asks("nativePlace")) {
            nativePlace = checked.value("nativePlace");
        }
        if (checked.asks("ethnicity")) {
            ethnicity = checked.value("ethnicity");
        }
        List<FieldChange> changes = FieldChange.between(before, snapshot());
        if (!changes.isEmpty()) {
            updatedAt = now;
        }
        return changes;
    }

    private static void check(MemberDetails d, MemberCategory category, IdCardNumber number, LocalDate today,
            FieldErrors errors) {
        if (d.birthDate() != null && !d.birthDate().equals(number.birthDate())) {
            errors.add("birthDate", "does not match the ID-card number, which says " + number.birthDate());
        }
        if (d.gender() != null && d.gender() != number.gender()) {
            errors.add("gender", "does not match the ID-card number, which says " + number.gender().json());
        }
        LocalDate previous = number.birthDate();
        String previousName = "birthDate";
        Map<String, LocalDate> milestones = new LinkedHashMap<>();
        milestones.put("applicationDate", d.applicationDate());
        milestones.put("activistDate", d.activistDate());
        milestones.put("probationaryDate", d.probationaryDate());
        milestones.put("fullMembershipDate", d.fullMembershipDate());
        for (Map.Entry<String, LocalDate> milestone : milestones.entrySet()) {
            LocalDate date = milestone.getValue();
            if (date == null) {
                continue;
            }
            if (date.isAfter(today)) {
                errors.add(milestone.getKey(), "must not be in the future");
            } else if (date.isBefore(previous)) {
                errors.add(milestone.getKey(), "must not be before " + previousName + " (" + previous + ")");
            }
            previous = date;
            previousName = milestone.getKey();
        }
        if (d.fullMembershipDate() != null && d.probationaryDate() != null
                && !d.fullMembershipDate().isAfter(d.probationaryDate())) {
            errors.add("fullMembershipDate", "must be after probationaryDate (" + d.probationaryDate() + ")");
        }
        if (category == MemberCategory.PROBATIONARY && d.fullMembershipDate() != null) {
            errors.add("fullMembershipDate", "a probationary member has none until converted");
        }
        errors.throwIfAny();
    }

    private void apply(MemberDetails d, IdCardNumber number, ProtectedIdNumber stored) {
        NamePinyin pinyin = NamePinyin.of(d.name().strip());
        orgId = d.orgId();
        name = d.name().strip();
        nameInitials = pinyin.initials();
        namePinyin = pinyin.full();
        gender = number.gender();
        ethnicity = blankToNull(d.ethnicity());
        birthDate = number.birthDate();
        if (idNumberHash == null || !idNumberHash.equals(stored.hash())) {
            idNumberCipher = stored.cipher();
            idNumberHash = stored.hash();
            idNumberMasked = stored.masked();
        }
        nativePlace = blankToNull(d.nativePlace());
        education = d.education();
        job = blankToNull(d.job());
        phone = blankToNull(d.phone());
        address = blankToNull(d.address());
        applicationDate = d.applicationDate();
        activistDate = d.activistDate();
        probationaryDate = d.probationaryDate();
        fullMembershipDate = d.fullMembershipDate();
    }

    /**
     * Applies one named status operation.
     *
     * @throws IllegalStatusChangeException when the current status or category does not allow it (409)
     */
    List<FieldChange> undergo(StatusChange change, LocalDate today, Instant now) {
        StatusOperation operation = change.operation();
        if (!operation.appliesTo(status)
                || operation.requiredCategory() != null && operation.requiredCategory() != category) {
            throw new IllegalStatusChangeException(status, category, operation);
        }
        FieldErrors errors = new FieldErrors();
        if (change.date().isAfter(today)) {
            errors.add("date", "must not be in the future");
        } else if (statusSince != null && change.date().isBefore(statusSince)) {
            errors.add("date", "must not be before the current status began (" + statusSince + ")");
        }
        Map<String, String> before = snapshot();
        switch (operation) {
            case MOBILE -> goMobile(change, errors);
            case LOST_CONTACT -> become(MemberStatus.LOST_CONTACT, change, errors);
            case SUSPEND -> suspend(change, errors);
            case RESTORE -> become(MemberStatus.NORMAL, change, errors);
            case EXTEND_PROBATION -> extendProbation(change, errors);
            case CANCEL_PROBATION -> become(MemberStatus.PROBATION_CANCELLED, change, errors);
            case CONVERT_TO_FULL -> convertToFull(change, errors);
            case LEAVE -> leave(change, errors);
            case DECEASED -> become(MemberStatus.DECEASED, change, errors);
        }
        updatedAt = now;
        return FieldChange.between(before, snapshot());
    }

    private void goMobile(StatusChange change, FieldErrors errors) {
        errors.require("place", change.place()).require("until", change.until());
        if (change.until() != null && !change.until().isAfter(change.date())) {
            errors.add("until", "must be after date");
        }
        become(MemberStatus.MOBILE, change, errors);
        mobilePlace = change.place().strip();
        mobileUntil = change.until();
    }

    private void suspend(StatusChange change, FieldErrors errors) {
        errors.throwIfAny();
        if (status == MemberStatus.LOST_CONTACT && statusSince != null
                && change.date().isBefore(statusSince.plusMonths(LOST_CONTACT_MONTHS_BEFORE_SUSPENSION))) {
            throw ProblemException.unprocessable("lost-contact-under-six-months",
                    "Membership is suspended after six months of lost contact; contact was lost on " + statusSince + ".")
                    .with("lostContactSince", statusSince.toString());
        }
        become(MemberStatus.SUSPENDED, change, errors);
    }

    private void extendProbation(StatusChange change, FieldErrors errors) {
        errors.require("months", change.months());
        become(MemberStatus.PROBATION_EXTENDED, change, errors);
        LocalDate regularEnd = probationaryDate == null ? change.date() : probationaryDate.plusYears(1);
        probationExtendedUntil = regularEnd.plusMonths(change.months());
    }

    private void convertToFull(StatusChange change, FieldErrors errors) {
        if (probationaryDate != null && !change.date().isAfter(probationaryDate)) {
            errors.add("date", "must be after the probationary date (" + probationaryDate + ")");
        }
        become(MemberStatus.NORMAL, change, errors);
        category = MemberCategory.FULL;
        fullMembershipDate = change.date();
    }

    private void leave(StatusChange change, FieldErrors errors) {
        errors.require("kind", change.kind());
        become(MemberStatus.LEFT, change, errors);
        leaveKind = change.kind();
    }

    /** Checks what was collected, then moves to the new status; leaving mobility ends its where and until. */
    private void become(MemberStatus next, StatusChange change, FieldErrors errors) {
        errors.throwIfAny();
        status = next;
        statusSince = change.date();
        statusReason = change.reason().strip();
        mobilePlace = null;
        mobileUntil = null;
    }

    /** The archive as display strings by field name, for the history. The ID number only masked. */
    Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("orgId", text(orgId));
        fields.put("name", name);
        fields.put("gender", gender == null ? null : gender.json());
        fields.put("ethnicity", ethnicity);
        fields.put("birthDate", text(birthDate));
        fields.put("idNumber", idNumberMasked);
        fields.put("nativePlace", nativePlace);
        fields.put("education", education == null ? null : education.json());
        fields.put("job", job);
        fields.put("phone", phone);
        fields.put("address", address);
        fields.put("applicationDate", text(applicationDate));
        fields.put("activistDate", text(activistDate));
        fields.put("probationaryDate", text(probationaryDate));
        fields.put("fullMembershipDate", text(fullMembershipDate));
        fields.put("category", category == null ? null : category.json());
        fields.put("status", status == null ? null : status.json());
        fields.put("statusSince", text(statusSince));
        fields.put("mobilePlace", mobilePlace);
        fields.put("mobileUntil", text(mobileUntil));
        fields.put("probationExtendedUntil", text(probationExtendedUntil));
        fields.put("leaveKind", leaveKind == null ? null : leaveKind.json());
        return fields;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    UUID id() {
        return id;
    }

    UUID orgId() {
        return orgId;
    }

    String name() {
        return name;
    }

    String nameInitials() {
        return nameInitials;
    }

    String namePinyin() {
        return namePinyin;
    }

    Gender gender() {
        return gender;
    }

    String ethnicity() {
        return ethnicity;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    byte[] idNumberCipher() {
        return idNumberCipher;
    }

    String idNumberHash() {
        return idNumberHash;
    }

    String idNumberMasked() {
        return idNumberMasked;
    }

    String nativePlace() {
        return nativePlace;
    }

    Education education() {
        return education;
    }

    String job() {
        return job;
    }

    String phone() {
        return phone;
    }

    String address() {
        return address;
    }

    LocalDate applicationDate() {
        return applicationDate;
    }

    LocalDate activistDate() {
        return activistDate;
    }

    LocalDate probationaryDate() {
        return probationaryDate;
    }

    LocalDate fullMembershipDate() {
        return fullMembershipDate;
    }

    MemberCategory category() {
        return category;
    }

    MemberStatus status() {
        return status;
    }

    LocalDate statusSince() {
        return statusSince;
    }

    String statusReason() {
        return statusReason;
    }

    String mobilePlace() {
        return mobilePlace;
    }

    LocalDate mobileUntil() {
        return mobileUntil;
    }

    LocalDate probationExtendedUntil() {
        return probationExtendedUntil;
    }

    LeaveKind leaveKind() {
        return leaveKind;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
