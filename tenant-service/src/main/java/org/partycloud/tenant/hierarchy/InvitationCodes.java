package org.partycloud.tenant.hierarchy;

import java.security.SecureRandom;

/**
 * Invitation codes a committee hands to a tenant's admin (read aloud, typed, pasted in a link): ten characters
 * from an alphabet without look-alikes (no 0/O, 1/I/L), grouped as {@code XXXXX-XXXXX}; about 49 bits.
 */
final class InvitationCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed: case, spaces and a missing dash forgiven. */
    static String normalize(String typed) {
        String compact = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        return compact.length() == 10 ? compact.substring(0, 5) + "-" + compact.substring(5) : compact;
    }
}
