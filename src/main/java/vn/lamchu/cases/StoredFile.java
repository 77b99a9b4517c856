package vn.lamchu.cases;

import java.time.Instant;

import vn.lamchu.shared.TenantId;

/**
 * A file a tenant has stored: its content is identified by its SHA-256 and kept once on disk for all tenants.
 *
 * @param tenantId     the tenant that stored it
 * @param sha256       the SHA-256 of the content, lower-case hex
 * @param size         bytes
 * @param mediaType    the type detected from the content, e.g. {@code application/pdf}
 * @param originalName the file name given the first time this tenant stored the content, NFC-normalised and cleaned
 *                     of paths and control characters; may be null
 * @param createdAt    when this tenant first stored it
 * @param createdBy    who stored it (a staff account's user name, or {@code system})
 */
public record StoredFile(TenantId tenantId, String sha256, long size, String mediaType, String originalName,
                         Instant createdAt, String createdBy) {
}
