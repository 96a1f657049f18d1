package org.partycloud.affairs.member;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.partycloud.platform.web.ProblemException;

/**
 * The fields a member may ask to change in their own archive (信息修改审核), with their new values: contact
 * details, education, job, native place and ethnicity. Identity and party data are an officer's to edit. A
 * blank value asks to clear the field. Checked with the limits of the edit form.
 */
record CorrectionChanges(Map<String, String> values) {

    /** The fields a member may ask for, with their longest value (education is one of its levels). */
    static final Map<String, Integer> CORRECTABLE = limits();
    private static final Pattern PHONE = Pattern.compile("^[0-9+\\-() ]*$");

    CorrectionChanges {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * @throws ProblemException 400 when nothing is asked for or a value is invalid; 422 naming the fields a member
     *     may not ask to change
     */
    static CorrectionChanges parse(Map<String, String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw ProblemException.invalidField("changes", "must name at least one field");
        }
        List<String> refused = new ArrayList<>(requested.keySet().stream()
                .filter(field -> !CORRECTABLE.containsKey(field)).sorted().toList());
        if (!refused.isEmpty()) {
            throw ProblemException.unprocessable("correction-field-not-allowed", "A member may ask to change only "
                    + String.join(", ", CORRECTABLE.keySet()) + "; not " + String.join(", ", refused) + ".")
                    .with("fields", refused);
        }
        FieldErrors errors = new FieldErrors();
        Map<String, String> values = new LinkedHashMap<>();
        requested.forEach((field, raw) -> {
            String value = raw == null || raw.isBlank() ? null : raw.strip();
            if (value != null && value.length() > CORRECTABLE.get(field)) {
                errors.add(field, "size must be at most " + CORRECTABLE.get(field));
            } else if (field.equals("phone") && value != null && !PHONE.matcher(value).matches()) {
                errors.add(field, "may hold digits, +, -, ( ) and spaces only");
            } else if (field.equals("education") && value != null && education(value) == null) {
                errors.add(field, "must be one of " + String.join(", ", List.of(Education.values()).stream()
                        .map(Education::json).toList()));
            }
            values.put(field, value);
        });
        errors.throwIfAny();
        return new CorrectionChanges(values);
    }

    boolean asks(String field) {
        return values.containsKey(field);
    }

    String value(String field) {
        return values.get(field);
    }

    Education education() {
        return values.get("education") == null ? null : education(values.get("education"));
    }

    private static Education education(String value) {
        for (Education level : Education.values()) {
            if (level.json().equals(value)) {
                return level;
            }
        }
        return null;
    }

    private static Map<String, Integer> limits() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("phone", 30);
        limits.put("address", 200);
        limits.put("education", 30);
        limits.put("job", 100);
        limits.put("nativePlace", 100);
        limits.put("ethnicity", 20);
        return java.util.Collections.unmodifiableMap(limits);
    }
}
