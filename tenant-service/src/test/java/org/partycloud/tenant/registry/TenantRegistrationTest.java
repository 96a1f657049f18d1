package org.partycloud.tenant.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.partycloud.platform.testsupport.TestValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantRegistrationTest {

    private static final Validator validator = TestValidation.validator();

    static TenantRegistration withKey(String key) {
        return new TenantRegistration(key, "某某市机关工委", "agency", "standard", "李四", "010-12345678",
                "admin@example.cn", LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "ab", "A_B", "Acme", "x; drop schema t_x", "t_admin'--", "1abc", "abc-def",
            "abcdefghijklmnopqrstuvwxyz01234", "党建", "acme ", ""})
    void rejectsKeysThatCouldNotNameASchemaSafely(String key) {
        assertThat(invalidFields(withKey(key))).contains("key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "acme", "city2026", "abcdefghijklmnopqrstuvwxyz0123"})
    void acceptsKeysOfLowerCaseLettersAndDigits(String key) {
        assertThat(invalidFields(withKey(key))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "+86 13800138000", "010-12345678", "0755-1234567", "021-87654321-123"})
    void acceptsChinesePhoneNumbers(String phone) {
        TenantRegistration r = withKey("acme");
        r = new TenantRegistration(r.key(), r.name(), r.kind(), r.plan(), r.contactName(), phone, r.adminEmail(),
                r.subscriptionStart(), r.subscriptionEnd(), r.adminUsername());
        assertThat(invalidFields(r)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "23800138000", "phone", "010-123"})
    void rejectsWhatIsNoPhoneNumber(String phone) {
        TenantRegistration r = withKey("acme");
        r = new TenantRegistration(r.key(), r.name(), r.kind(), r.plan(), r.contactName(), phone, r.adminEmail(),
                r.subscriptionStart(), r.subscriptionEnd(), r.adminUsername());
        assertThat(invalidFields(r)).containsExactly("contactPhone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"company", "ENTERPRISE", ""})
    void rejectsUnknownKinds(String kind) {
        TenantRegistration r = withKey("acme");
        r = new TenantRegistration(r.key(), r.name(), kind, r.plan(), r.contactName(), r.contactPhone(),
                r.adminEmail(), r.subscriptionStart(), r.subscriptionEnd(), r.adminUsername());
        assertThat(invalidFields(r)).containsExactly("kind");
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 101})
    void limitsTheNameButAcceptsLongChineseNames(int length) {
        TenantRegistration r = withKey("acme");
        r = new TenantRegistration(r.key(), "党".repeat(length), r.kind(), r.plan(), r.contactName(),
                r.contactPhone(), r.adminEmail(), r.subscriptionStart(), r.subscriptionEnd(), r.adminUsername());
        assertThat(invalidFields(r).contains("name")).isEqualTo(length > 100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gw-admin", "corp.secretary", "li_ming2026", "abc", "abcdefghijklmnopqrstuvwxyz.abcdefghijklmnopqrstuvw"})
    void acceptsAdminUsernamesKeycloakTakesAsTheyAre(String username) {
        assertThat(invalidFields(withAdminUsername(username))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Admin", "1admin", "-admin", "张三", "li ming", "admin@example.cn", "",
            "abcdefghijklmnopqrstuvwxyz.abcdefghijklmnopqrstuvwx"})
    void rejectsAdminUsernamesThatAreNoPlainLowerCaseLogin(String username) {
        assertThat(invalidFields(withAdminUsername(username))).containsExactly("adminUsername");
    }

    @Test
    void anAbsentAdminUsernameIsValid() {
        assertThat(invalidFields(withAdminUsername(null))).isEmpty();
    }

    private static TenantRegistration withAdminUsername(String username) {
        TenantRegistration r = withKey("acme");
        return new TenantRegistration(r.key(), r.name(), r.kind(), r.plan(), r.contactName(), r.contactPhone(),
                r.adminEmail(), r.subscriptionStart(), r.subscriptionEnd(), username);
    }

    private static Set<String> invalidFields(TenantRegistration registration) {
        return validator.validate(registration).stream().map(ConstraintViolation::getPropertyPath)
                .map(Object::toString).collect(Collectors.toSet());
    }
}
