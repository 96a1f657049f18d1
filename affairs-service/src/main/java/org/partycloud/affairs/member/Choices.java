package org.partycloud.affairs.member;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.partycloud.platform.web.ProblemException;

/** Reads the lower-case names the API uses for enums from query parameters, with a 400 naming the parameter. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(value.strip())) {
                return constant;
            }
        }
        throw ProblemException.invalidField(parameter, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
