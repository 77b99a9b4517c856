package vn.lamchu.cases;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.platform.LamChuProperties;
import vn.lamchu.platform.StoredFilesArchive;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.VietnameseText;

/**
 * Attachments of cases: letters, scans, photos, recordings. The content is kept once on disk, named by its SHA-256
 * under {@code LAMCHU_DATA_DIR/files/sha256/} (see {@link BlobStore}); each tenant has its own metadata row
 * ({@code stored_file}) and sees only its own. Files are limited in size ({@code lamchu.files.max-size},
 * {@code LAMCHU_FILES_MAX_SIZE}, default 20 MB) and in type, detected from the content (see {@link FileTypes}).
 * The disk is written before the database transaction opens, so no connection waits on an upload; content whose
 * transaction then fails stays on disk unreferenced, which is harmless.
 */
@Service
public class AttachmentStore {

    private static final String ENTITY = "stored_file";
    private static final int MAX_NAME_LENGTH = 200;

    private final BlobStore blobs;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final Clock clock;

    AttachmentStore(LamChuProperties properties, @Value("${lamchu.files.max-size:20MB}") DataSize maxSize,
                    JdbcClient jdbc, PlatformTransactionManager transactions, AuditLog audit,
                    CurrentActor currentActor, Clock clock) {
        this.blobs = new BlobStore(StoredFilesArchive.root(properties.dataDir()),
                maxSize.toBytes(), new FileTypes());
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Stores a file for a tenant; storing the same content again returns the first record.
     *
     * @param originalName the name the file had on the sender's device (only kept, never trusted); may be null
     * @param content      read to its end, not closed
     * @throws DomainException {@code file.empty}, {@code file.too-large}, {@code file.type-not-allowed}
     */
    public StoredFile store(TenantId tenant, String originalName, InputStream content) {
        String name = cleanName(originalName);
        BlobStore.Blob blob = blobs.put(content, name);
        String createdBy = currentActor.current().map(Actor::username).orElse("system");
        return transaction.execute(status -> {
            Instant now = clock.instant();
            int inserted = jdbc.sql("""
                            insert into stored_file (tenant_id, sha256, size, media_type, original_name, created_at, created_by)
                            values (?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, sha256) do nothing""")
                    .params(tenant.value(), blob.sha256(), blob.size(), blob.mediaType(), name, Timestamp.from(now), createdBy)
                    .update();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("size", blob.size());
            details.put("mediaType", blob.mediaType());
            details.put("name", name == null ? "" : name);
            audit.recordChange(tenant, ENTITY, blob.sha256(), inserted == 1 ? "create" : "store-again", null, details);
            return find(tenant, blob.sha256()).orElseThrow();
        });
    }

    /** The tenant's record of this content, if it stored it. */
    public Optional<StoredFile> find(TenantId tenant, String sha256) {
        return jdbc.sql("""
                        select tenant_id, sha256, size, media_type, original_name, created_at, created_by
                        from stored_file where tenant_id = ? and sha256 = ?""")
                .params(tenant.value(), sha256)
                .query((rs, row) -> new StoredFile(tenant, rs.getString("sha256"), rs.getLong("size"),
                        rs.getString("media_type"), rs.getString("original_name"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
                .optional();
    }

    /**
     * The content of a file the tenant stored, after verifying its checksum. The caller closes the stream.
     *
     * @throws NotFoundException            if the tenant has not stored this content
     * @throws StoredFileCorruptedException if the content on disk is missing or no longer matches its checksum
     */
    public InputStream read(TenantId tenant, String sha256) {
        if (find(tenant, sha256).isEmpty()) {
            throw new NotFoundException(ENTITY, sha256);
        }
        return blobs.open(sha256);
    }

    /** NFC, without any directory part, control or invisible formatting characters, or characters file systems forbid. */
    static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String nfc = VietnameseText.normalize(name);
        String base = nfc.substring(Math.max(nfc.lastIndexOf('/'), nfc.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder(base.length());
        base.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                return;
            }
            out.appendCodePoint("<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
        });
        String cleaned = VietnameseText.normalize(out.toString()).replaceAll("^[. ]+|[. ]+$", "");
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_NAME_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_NAME_LENGTH));
        }
        return cleaned.isEmpty() ? null : cleaned;
    }
}
