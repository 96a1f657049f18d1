package org.partycloud.tenant.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationCodesTest {

    @Test
    void codesAreTenCharactersWithoutLookAlikesGroupedByFive() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = InvitationCodes.next();
            assertThat(code).matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}").doesNotContain("0", "O", "1", "I", "L");
            seen.add(code);
        }
        assertThat(seen).as("no repeats in 2,000").hasSize(2_000);
    }

    @Test
    void aTypedCodeIsForgivenCaseSpacesAndAMissingDash() {
        assertThat(InvitationCodes.normalize(" abcde fghjk ")).isEqualTo("ABCDE-FGHJK");
        assertThat(InvitationCodes.normalize("abcdefghjk")).isEqualTo("ABCDE-FGHJK");
        assertThat(InvitationCodes.normalize("ABCDE-FGHJK")).isEqualTo("ABCDE-FGHJK");
        assertThat(InvitationCodes.normalize(null)).isEmpty();
        assertThat(InvitationCodes.normalize("short")).isEqualTo("SHORT");
    }
}
