package org.partycloud.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TenantKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "ab", "A_B", "x; drop schema t_x", "t_admin'--", "abcdefghijklmnopqrstuvwxyz01234",
            "党建", "1abc", "abc-def", "abc ", "", "ABC"})
    void refusesKeysOutsideTheAlphabet(String key) {
        assertThat(TenantKey.isValid(key)).isFalse();
        assertThatThrownBy(() -> TenantKey.of(key)).isInstanceOf(InvalidTenantKeyException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "democorp", "demogw", "a12", "abcdefghijklmnopqrstuvwxyz0123"})
    void acceptsLowerCaseKeysOfThreeToThirtyCharacters(String key) {
        assertThat(TenantKey.of(key).value()).isEqualTo(key);
    }

    @Test
    void nullIsNotAKey() {
        assertThatThrownBy(() -> TenantKey.of(null)).isInstanceOf(InvalidTenantKeyException.class);
    }

    @Test
    void namesAndQuotesItsSchema() {
        TenantKey key = TenantKey.of("democorp");
        assertThat(key.schemaName()).isEqualTo("t_democorp");
        assertThat(key.quotedSchema()).isEqualTo("\"t_democorp\"");
        assertThat(TenantKey.fromSchemaName("t_democorp")).isEqualTo(key);
    }

    @Test
    void schemaNamesThatAreNotTenantsAreRefused() {
        assertThatThrownBy(() -> TenantKey.fromSchemaName("platform")).isInstanceOf(InvalidTenantKeyException.class);
        assertThatThrownBy(() -> TenantKey.fromSchemaName("t_x;drop")).isInstanceOf(InvalidTenantKeyException.class);
    }
}
