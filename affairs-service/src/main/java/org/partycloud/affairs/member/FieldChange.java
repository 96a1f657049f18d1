package org.partycloud.affairs.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One field of the archive that a change gave a new value. Values are display strings; ID numbers masked. */
record FieldChange(String field, String oldValue, String newValue) {

    /** The fields whose values differ between two snapshots of the same archive, in the snapshots' order. */
    static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.add(new FieldChange(field, before.get(field), value));
            }
        });
        return changes;
    }
}
