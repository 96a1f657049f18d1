package org.partycloud.affairs.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partycloud.platform.web.ProblemException;

class AgeBandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void countsCompletedYearsOnTheBirthdayItself() {
        assertThat(AgeBand.of(LocalDate.of(1991, 11, 25), TODAY)).isEqualTo(AgeBand.LT35);
        assertThat(AgeBand.of(LocalDate.of(1991, 11, 24), TODAY)).isEqualTo(AgeBand.FROM35TO45);
        assertThat(AgeBand.of(LocalDate.of(1980, 11, 25), TODAY)).isEqualTo(AgeBand.FROM35TO45);
        assertThat(AgeBand.of(LocalDate.of(1980, 11, 24), TODAY)).isEqualTo(AgeBand.FROM46TO60);
        assertThat(AgeBand.of(LocalDate.of(1965, 11, 25), TODAY)).isEqualTo(AgeBand.FROM46TO60);
        assertThat(AgeBand.of(LocalDate.of(1965, 11, 24), TODAY)).isEqualTo(AgeBand.GT60);
    }

    @ParameterizedTest
    @EnumSource(AgeBand.class)
    void birthDateRangeHoldsExactlyTheBandsAges(AgeBand band) {
        assertThat(AgeBand.of(band.bornOnOrAfter(TODAY), TODAY)).isEqualTo(band);
        assertThat(AgeBand.of(band.bornOnOrBefore(TODAY), TODAY)).isEqualTo(band);
        if (band != AgeBand.LT35) {
            assertThat(AgeBand.of(band.bornOnOrBefore(TODAY).plusDays(1), TODAY)).isNotEqualTo(band);
        }
        if (band != AgeBand.GT60) {
            assertThat(AgeBand.of(band.bornOnOrAfter(TODAY).minusDays(1), TODAY)).isNotEqualTo(band);
        }
    }

    @Test
    void readsTheCodesOfTheApi() {
        assertThat(AgeBand.fromCode("lt35")).isEqualTo(AgeBand.LT35);
        assertThat(AgeBand.fromCode("35-45")).isEqualTo(AgeBand.FROM35TO45);
        assertThat(AgeBand.fromCode("46-60")).isEqualTo(AgeBand.FROM46TO60);
        assertThat(AgeBand.fromCode("gt60")).isEqualTo(AgeBand.GT60);
        assertThatThrownBy(() -> AgeBand.fromCode("young")).isInstanceOf(ProblemException.class);
    }
}
