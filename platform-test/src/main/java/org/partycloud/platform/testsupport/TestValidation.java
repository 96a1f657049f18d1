package org.partycloud.platform.testsupport;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/** One Bean Validation validator per test JVM, for unit tests of request records and settings documents. */
public final class TestValidation {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private TestValidation() {
    }

    public static Validator validator() {
        return VALIDATOR;
    }
}
