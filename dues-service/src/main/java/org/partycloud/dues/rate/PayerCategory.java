package org.partycloud.dues.rate;

import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which rule sets a member's dues: employed (在职) and retired (离退休) pay a percentage of their base;
 * students, the unemployed and members on relief (低保) pay a fixed monthly amount. JSON uses lower case.
 */
enum PayerCategory {
    EMPLOYED, RETIRED, STUDENT, UNEMPLOYED, RELIEF;

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
