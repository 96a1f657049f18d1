package org.partycloud.affairs.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdCardNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void readsBirthDateAndFemaleGenderFromTheStandardsExampleEndingInX() {
        IdCardNumber number = IdCardNumber.parse("11010519491231002X", TODAY);

        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.gender()).isEqualTo(Gender.FEMALE);
        assertThat(number.value()).isEqualTo("11010519491231002X");
    }

    @Test
    void readsMaleGenderFromOddSeventeenthDigit() {
        IdCardNumber number = IdCardNumber.parse("11010119900307387X", TODAY);

        assertThat(number.gender()).isEqualTo(Gender.MALE);
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(IdCardNumber.parse("320106198506151231", TODAY).gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void acceptsSmallXAndSurroundingSpacesAsPeopleTypeThem() {
        assertThat(IdCardNumber.parse(" 11010519491231002x ", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "110105194912310020", "320106198506151232", "11010119900307387"
            + "1"})
    void refusesWrongCheckDigit(String number) {
        assertThatThrownBy(() -> IdCardNumber.parse(number, TODAY))
                .isInstanceOfSatisfying(InvalidIdCardNumberException.class,
                        e -> assertThat(e.reason()).contains("check digit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010519491231002", "11010519491231002XX", "1101051949123100AX", "01010519491231002X"})
    void refusesWrongShape(String number) {
        assertThatThrownBy(() -> IdCardNumber.parse(number, TODAY))
                .isInstanceOfSatisfying(InvalidIdCardNumberException.class,
                        e -> assertThat(e.reason()).contains("18 characters"));
    }

    @Test
    void refusesImpossibleBirthDateEvenWithRightCheckDigit() {
        String first17 = "11010519490231002";

        assertThatThrownBy(() -> IdCardNumber.parse(first17 + IdCardNumber.checkDigit(first17), TODAY))
                .isInstanceOfSatisfying(InvalidIdCardNumberException.class,
                        e -> assertThat(e.reason()).contains("impossible birth date"));
    }

    @Test
    void refusesBirthDateAfterToday() {
        String first17 = "11010520261125002";

        assertThatThrownBy(() -> IdCardNumber.parse(first17 + IdCardNumber.checkDigit(first17), TODAY))
                .isInstanceOf(InvalidIdCardNumberException.class);
    }

    @Test
    void answersTheErrorOnFieldIdNumber() {
        assertThatThrownBy(() -> IdCardNumber.parse("123", TODAY))
                .isInstanceOfSatisfying(InvalidIdCardNumberException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.properties().get("errors")).asInstanceOf(
                            org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey("idNumber");
                });
    }

    @Test
    void masksAllButTheFirstThreeAndLastFourCharacters() {
        assertThat(IdCardNumber.parse("11010519491231002X", TODAY).masked()).isEqualTo("110***********002X");
        assertThat(IdCardNumber.mask("320106198506151231")).isEqualTo("320***********1231");
    }

    @Test
    void printsOnlyTheMaskedForm() {
        assertThat(IdCardNumber.parse("11010519491231002X", TODAY)).hasToString("110***********002X");
    }
}
