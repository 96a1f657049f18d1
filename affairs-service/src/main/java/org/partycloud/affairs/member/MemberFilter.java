package org.partycloud.affairs.member;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The member list's filters as query parameters ({@code q, orgId, category, status, gender, ageBand, education,
 * joinedYear, idNumber, archive}), shared by the list and the spreadsheet export so both filter alike.
 */
public record MemberFilter(@Size(max = 50) String q, UUID orgId, String category, String status, String gender,
        String ageBand, String education, @Min(1900) @Max(2999) Integer joinedYear, @Size(max = 30) String idNumber,
        String archive) {

    /** The search the filters ask for (400 for a value that names no category, status, …). */
    public MemberSearch search() {
        return MemberSearch.of(q, orgId, category, status, gender, ageBand, education, joinedYear, idNumber, archive);
    }

    /** The filters given, for the audit log; an ID number is never written out. */
    public String described() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("q", q);
        given.put("orgId", orgId);
        given.put("category", category);
        given.put("status", status);
        given.put("gender", gender);
        given.put("ageBand", ageBand);
        given.put("education", education);
        given.put("joinedYear", joinedYear);
        given.put("idNumber", idNumber == null || idNumber.isBlank() ? null : "(given)");
        given.put("archive", archive);
        return given.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
