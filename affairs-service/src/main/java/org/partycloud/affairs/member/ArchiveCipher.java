package org.partycloud.affairs.member;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Protects ID-card numbers at rest. From one archive key ({@code partycloud.affairs.archive-key}, base64 of
 * 32 random bytes) it derives two independent keys with HMAC-SHA256 as the PRF: one for AES-256-GCM
 * encryption, one for the keyed search hash, so the hash column gives away nothing about the ciphertext key
 * and a dictionary of the (small) space of valid ID numbers cannot be hashed without the key.
 * <p>Stored form: {@code [format version 1][12-byte random nonce][ciphertext and 16-byte tag]}; the version
 * byte leaves room for a key rotation.
 */
@Component
class ArchiveCipher {

    /** The development default of application.yml; a service running with it says so at start-up. */
    static final String DEVELOPMENT_KEY = "REVWLU9OTFkgcGFydHljbG91ZCBhcmNoaXZlIGtleSE=";
    private static final Logger log = LoggerFactory.getLogger(ArchiveCipher.class);
    private static final byte FORMAT_V1 = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec searchKey;

    ArchiveCipher(@Value("${partycloud.affairs.archive-key}") String archiveKey) {
        byte[] master = decode(archiveKey);
        this.encryptionKey = new SecretKeySpec(derive(master, "partycloud/archive/aes-gcm/v1"), "AES");
        this.searchKey = new SecretKeySpec(derive(master, "partycloud/archive/search-hmac/v1"), "HmacSHA256");
        Arrays.fill(master, (byte) 0);
        if (DEVELOPMENT_KEY.equals(archiveKey.strip())) {
            log.warn("ID-card numbers are encrypted with the DEVELOPMENT archive key: set PARTYCLOUD_ARCHIVE_KEY "
                    + "(base64 of 32 random bytes) anywhere real data is kept");
        }
    }

    /** Refuses anything but base64 of exactly 32 bytes, so a typo stops the service instead of weakening it. */
    private static byte[] decode(String archiveKey) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(archiveKey == null ? "" : archiveKey.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("partycloud.affairs.archive-key (PARTYCLOUD_ARCHIVE_KEY) is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("partycloud.affairs.archive-key (PARTYCLOUD_ARCHIVE_KEY) must be base64 of "
                    + "32 bytes, not " + key.length);
        }
        return key;
    }

    private static byte[] derive(byte[] master, String purpose) {
        return hmac(new SecretKeySpec(master, "HmacSHA256"), purpose.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    byte[] encrypt(String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT_V1).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** @throws IllegalStateException for a value not sealed with this key (tampered or another key) */
    String decrypt(byte[] stored) {
        if (stored == null || stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != FORMAT_V1) {
            throw new IllegalStateException("Not an archive ciphertext of a known format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Archive ciphertext does not open with this key", e);
        }
    }

    /** The keyed hash that finds a number by exact match: equal numbers, equal hashes, in hex. */
    String searchHash(String plain) {
        return HexFormat.of().formatHex(hmac(searchKey, plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** Protects a checked number for storage: ciphertext, search hash and masked form. */
    ProtectedIdNumber protect(IdCardNumber number) {
        return new ProtectedIdNumber(encrypt(number.value()), searchHash(number.value()), number.masked());
    }
}
