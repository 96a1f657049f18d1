package org.partycloud.affairs.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the member list. {@code q} finds characters of the name, or, typed in Latin letters, the
 * pinyin initials from the start ({@code zsf} → 张三丰) or any part of the full pinyin ({@code sanfeng}).
 * {@code orgId} takes the organisation's whole subtree; {@code archive} defaults to current members unless a
 * {@code status} is asked for, which names its own part of the archive; {@code joinedYear} is the year of the probationary
 * date (admission by the branch general meeting); {@code idNumber} is matched through its keyed hash.
 */
public record MemberSearch(String q, UUID orgId, MemberCategory category, MemberStatus status, Gender gender,
        AgeBand ageBand, Education education, Integer joinedYear, String idNumber, Archive archive) {

    private static final Pattern LATIN = Pattern.compile("^[a-z]+$");

    /**
     * The filters as the list's query parameters name them, each checked (a 400 names a bad one); shared by the
     * list and the spreadsheet export, so both read a filter the same way.
     */
    public static MemberSearch of(String q, UUID orgId, String category, String status, String gender,
            String ageBand, String education, Integer joinedYear, String idNumber, String archive) {
        return new MemberSearch(q, orgId,
                Choices.parse(MemberCategory.class, category, "category"),
                Choices.parse(MemberStatus.class, status, "status"),
                Choices.parse(Gender.class, gender, "gender"),
                ageBand == null || ageBand.isBlank() ? null : AgeBand.fromCode(ageBand.strip()),
                Choices.parse(Education.class, education, "education"),
                joinedYear, idNumber,
                Choices.parse(Archive.class, archive, "archive"));
    }

    /**
     * @param subtree the organisations of {@code orgId}'s subtree, resolved by the caller (null: no filter)
     * @param idNumberHash the keyed hash of {@code idNumber} (null: no filter)
     */
    Specification<Member> toSpecification(List<UUID> subtree, String idNumberHash, LocalDate today) {
        Specification<Member> spec = Specification.unrestricted();
        if (archive != null || status == null) {
            Archive part = archive == null ? Archive.CURRENT : archive;
            spec = spec.and((root, query, cb) -> root.get("status").in(part.statuses()));
        }
        if (subtree != null) {
            spec = spec.and((root, query, cb) -> subtree.isEmpty() ? cb.disjunction() : root.get("orgId").in(subtree));
        }
        if (q != null && !q.isBlank()) {
            spec = spec.and(text(q.strip().toLowerCase(Locale.ROOT)));
        }
        spec = equal(spec, "category", category);
        spec = equal(spec, "status", status);
        spec = equal(spec, "gender", gender);
        spec = equal(spec, "education", education);
        spec = equal(spec, "idNumberHash", idNumberHash);
        if (ageBand != null) {
            spec = spec.and((root, query, cb) -> cb.between(root.get("birthDate"), ageBand.bornOnOrAfter(today),
                    ageBand.bornOnOrBefore(today)));
        }
        if (joinedYear != null) {
            spec = spec.and((root, query, cb) -> cb.between(root.get("probationaryDate"),
                    LocalDate.of(joinedYear, 1, 1), LocalDate.of(joinedYear, 12, 31)));
        }
        return spec;
    }

    private static Specification<Member> text(String q) {
        String escaped = escapeLike(q);
        if (LATIN.matcher(q).matches()) {
            return (root, query, cb) -> cb.or(
                    cb.like(root.get("nameInitials"), escaped + "%", '\\'),
                    cb.like(root.get("namePinyin"), "%" + escaped + "%", '\\'),
                    cb.like(cb.lower(root.get("name")), "%" + escaped + "%", '\\'));
        }
        return (root, query, cb) -> cb.like(cb.lower(root.get("name")), "%" + escaped + "%", '\\');
    }

    private static Specification<Member> equal(Specification<Member> spec, String attribute, Object value) {
        return value == null ? spec : spec.and((root, query, cb) -> cb.equal(root.get(attribute), value));
    }

    /** A user's % or _ is a character to find, not a wildcard. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
