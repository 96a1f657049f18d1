package org.partycloud.affairs.member.excel;

import java.util.Locale;
import org.partycloud.platform.web.ProblemException;

/** {@code all}: the file is imported whole or not at all; {@code validOnly}: the valid rows, the others reported. */
enum ImportMode {
    ALL, VALID_ONLY;

    static ImportMode parse(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("all")) {
            return ALL;
        }
        if (value.strip().toLowerCase(Locale.ROOT).replace("_", "").equals("validonly")) {
            return VALID_ONLY;
        }
        throw ProblemException.invalidField("mode", "must be all or validOnly");
    }
}
