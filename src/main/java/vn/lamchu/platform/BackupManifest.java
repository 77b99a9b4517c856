package vn.lamchu.platform;

import java.util.List;

/**
 * The table of contents of a backup archive ({@code manifest.json}, the archive's last entry): what it holds, from
 * which schema and server, and a SHA-256 of every part, so that a damaged or altered archive is refused before
 * anything is restored.
 *
 * @param format          always {@value #FORMAT}
 * @param formatVersion   this layout's version; a restore refuses a newer one
 * @param createdAt       when the snapshot was taken (UTC, ISO-8601)
 * @param schemaVersion   the Flyway version of the schema the data belongs to
 * @param postgresVersion the server's {@code server_version}
 * @param source          {@code embedded} or {@code external}
 * @param tables          every table of the {@code public} schema except Flyway's history, in archive order
 * @param sequences       the sequences' values at the snapshot
 * @param key             the encryption key: included or not, and its fingerprint
 * @param files           the SHA-256 of every stored file (attachment) archived as {@code files/<sha256>}; null in
 *                        archives made before files were backed up
 * @param missingFiles    stored files the snapshot refers to that were missing or damaged on disk when backed up
 */
record BackupManifest(String format, int formatVersion, String createdAt, String schemaVersion, String postgresVersion,
                      String source, List<Table> tables, List<Sequence> sequences, Key key, List<String> files,
                      List<String> missingFiles) {

    List<String> storedFiles() {
        return files == null ? List.of() : files;
    }

    static final String FORMAT = "lamchu-backup";
    static final int FORMAT_VERSION = 1;
    static final String ENTRY = "manifest.json";

    long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    /**
     * One table, dumped with {@code COPY … TO STDOUT} (PostgreSQL text format) into {@code file}.
     *
     * @param columns the columns dumped, in order (generated columns are left out: PostgreSQL computes them again)
     * @param sha256  of the part's bytes, hexadecimal
     */
    record Table(String name, List<String> columns, long rows, String file, long bytes, String sha256) {
    }

    /** A sequence's last value; {@code called} false means nextval has not been called yet. */
    record Sequence(String name, long value, boolean called) {
    }

    /**
     * @param included    whether the archive holds the key file ({@value EncryptionKey#ARCHIVE_ENTRY})
     * @param source      where the key came from: {@code file}, {@code environment}, or {@code none} (no key yet)
     * @param fingerprint the first 16 hexadecimal digits of the key's SHA-256, to recognise the right key; null if none
     */
    record Key(boolean included, String source, String fingerprint) {
    }
}
