package com.collector.portal.audit.boundary;

/**
 * The outcome of checking the whole audit chain.
 *
 * @param intact whether every entry still matches its hash and predecessor
 * @param entriesChecked how many entries were read
 * @param firstBrokenEntryId the first entry that fails, or null when intact
 * @param detail what is wrong, or null when intact
 */
public record AuditVerification(
    boolean intact, long entriesChecked, Long firstBrokenEntryId, String detail) {}
