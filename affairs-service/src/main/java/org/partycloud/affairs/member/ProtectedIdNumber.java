package org.partycloud.affairs.member;

/** An ID-card number as the archive stores it: never the plain number. */
record ProtectedIdNumber(byte[] cipher, String hash, String masked) {
}
