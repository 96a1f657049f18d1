package org.partycloud.affairs.access;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The username and name parts proposed for a member's login. Keycloak usernames are realm-wide, so each starts
 * with the tenant key ({@code democorp.sunzhiqiang}); a namesake gets a number ({@code democorp.zhangwei2}).
 * tenant-service numbers on where the realm holds a clash this tenant cannot see.
 */
final class LoginNames {

    /** Room for the tenant key (≤ 30), the dot and a number after the name, within tenant-service's limit. */
    static final int MAX_NAME = 40;
    /** Two-character surnames (复姓) common enough to split a name by. */
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "呼延");

    private LoginNames() {
    }

    /**
     * The tenant key, a dot and the name's pinyin (letters and digits only, as the archive stores it); a name
     * with no pinyin at all (emoji only) takes {@code m} and the start of the member id.
     */
    static String proposal(String tenant, String namePinyin, UUID memberId) {
        String name = namePinyin == null ? "" : namePinyin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (name.isEmpty()) {
            name = "m" + memberId.toString().replace("-", "").substring(0, 8);
        }
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        return tenant + "." + name;
    }

    /** The proposal, or the first of proposal2, proposal3 … not taken. */
    static String free(String proposal, Set<String> taken) {
        if (!taken.contains(proposal)) {
            return proposal;
        }
        int n = 2;
        while (taken.contains(proposal + n)) {
            n++;
        }
        return proposal + n;
    }

    /**
     * Keycloak's first and last name from a Chinese name: the surname (one character, or a compound one) is the
     * last name, the rest the first; a name with a middle dot (阿依古丽·买买提) or spaces is split at the first of
     * them. A name of one part is both, since the realm asks users for both.
     */
    static Parts split(String fullName) {
        String name = fullName.strip();
        int separator = indexOfSeparator(name);
        if (separator > 0 && separator < name.length() - 1) {
            return new Parts(name.substring(0, separator).strip(), name.substring(separator + 1).strip());
        }
        for (String surname : COMPOUND_SURNAMES) {
            if (name.startsWith(surname) && name.length() > surname.length()) {
                return new Parts(name.substring(surname.length()), surname);
            }
        }
        int first = name.offsetByCodePoints(0, 1);
        if (first >= name.length()) {
            return new Parts(name, name);
        }
        return new Parts(name.substring(first), name.substring(0, first));
    }

    private static int indexOfSeparator(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '·' || c == '•' || c == '・' || Character.isWhitespace(c)) {
                return i;
            }
        }
        return -1;
    }

    /** First (given) and last (family) name. */
    record Parts(String firstName, String lastName) {
    }
}
