package org.partycloud.affairs.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ArchiveCipherTest {

    private static final String NUMBER = "11010519491231002X";
    private final ArchiveCipher cipher = new ArchiveCipher(ArchiveCipher.DEVELOPMENT_KEY);
    private final ArchiveCipher otherKey = new ArchiveCipher(Base64.getEncoder()
            .encodeToString("another 32-byte key for the test".getBytes(StandardCharsets.US_ASCII)));

    @Test
    void decryptsWhatItEncrypted() {
        assertThat(cipher.decrypt(cipher.encrypt(NUMBER))).isEqualTo(NUMBER);
    }

    @Test
    void storesNeitherThePlainNumberNorTheSameBytesTwice() {
        byte[] first = cipher.encrypt(NUMBER);
        byte[] second = cipher.encrypt(NUMBER);

        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain(NUMBER).doesNotContain("1949");
        assertThat(HexFormat.of().formatHex(first)).doesNotContain("11010519491231");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void refusesCiphertextThatWasTamperedWith() {
        byte[] stored = cipher.encrypt(NUMBER);
        stored[stored.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyCannotOpenIt() {
        assertThatThrownBy(() -> otherKey.decrypt(cipher.encrypt(NUMBER))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void searchHashIsStableForEqualNumbersAndDiffersForOthers() {
        assertThat(cipher.searchHash(NUMBER)).isEqualTo(cipher.searchHash(NUMBER)).hasSize(64);
        assertThat(cipher.searchHash(NUMBER)).isNotEqualTo(cipher.searchHash("11010119900307387X"));
    }

    @Test
    void searchHashNeedsTheKey() throws Exception {
        String unkeyed = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(NUMBER.getBytes(StandardCharsets.US_ASCII)));

        assertThat(cipher.searchHash(NUMBER)).isNotEqualTo(unkeyed).isNotEqualTo(otherKey.searchHash(NUMBER));
    }

    @Test
    void protectsAParsedNumberAsCiphertextHashAndMask() {
        ProtectedIdNumber stored = cipher.protect(IdCardNumber.parse(NUMBER, java.time.LocalDate.of(2026, 11, 24)));

        assertThat(cipher.decrypt(stored.cipher())).isEqualTo(NUMBER);
        assertThat(stored.hash()).isEqualTo(cipher.searchHash(NUMBER));
        assertThat(stored.masked()).isEqualTo("110***********002X");
    }

    @Test
    void refusesToStartWithAKeyThatIsNotBase64OrNotThirtyTwoBytes() {
        assertThatThrownBy(() -> new ArchiveCipher("not base64 !"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PARTYCLOUD_ARCHIVE_KEY");
        assertThatThrownBy(() -> new ArchiveCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new ArchiveCipher(""))
                .isInstanceOf(IllegalStateException.class);
    }
}
