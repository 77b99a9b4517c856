package vn.lamchu.audit;

import java.util.List;

/**
 * A page of the audit log, newest first, with the keys of the neighbouring pages (keyset pagination on the
 * sequence number, so that a page costs the same at entry 10 and at entry 10 million).
 *
 * @param entries     newest first
 * @param olderBefore pass as {@code before} for the next older page; null if there is none
 * @param newerAfter  pass as {@code after} for the next newer page; null if this is the newest
 */
public record AuditPage(List<AuditEntry> entries, Long olderBefore, Long newerAfter) {
}
