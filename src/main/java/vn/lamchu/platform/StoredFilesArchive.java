package vn.lamchu.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The content-addressed files (attachments) on disk, and their part of a backup: every file that a {@code stored_file}
 * row of the snapshot refers to is archived as {@code files/<sha256>}. Its name is its checksum, so restore verifies
 * each one while writing it back.
 */
public final class StoredFilesArchive {

    static final String ENTRY_PREFIX = "files/";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private StoredFilesArchive() {
    }

    /** Where files live: {@code LAMCHU_DATA_DIR/files/sha256}. */
    public static Path root(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("files").resolve("sha256");
    }

    /** Where the file with this SHA-256 (64 lower-case hex digits) lives: {@code <root>/ab/cd/abcd…}. */
    public static Path path(Path root, String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hexadecimal");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** What {@link #write} put in the archive, and what it could not (missing or damaged on disk). */
    record Written(List<String> archived, List<String> unreadable) {
    }

    /** Archives the files the snapshot's {@code stored_file} rows refer to (none if the table does not exist yet). */
    static Written write(Connection snapshot, Path dataDir, ZipOutputStream zip) throws IOException, SQLException {
        List<String> archived = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        if (!DatabaseBackup.tableExists(snapshot, "stored_file")) {
            return new Written(archived, unreadable);
        }
        Path root = root(dataDir);
        try (Statement statement = snapshot.createStatement();
             ResultSet rows = statement.executeQuery("select distinct sha256 from public.stored_file order by sha256")) {
            while (rows.next()) {
                String sha256 = rows.getString(1);
                Path file = path(root, sha256);
                if (!Files.isRegularFile(file)) {
                    unreadable.add(sha256);
                    continue;
                }
                zip.putNextEntry(new ZipEntry(ENTRY_PREFIX + sha256));
                MessageDigest digest = DatabaseBackup.sha256();
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
                if (HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                    archived.add(sha256);
                } else {
                    unreadable.add(sha256);
                }
            }
        }
        return new Written(archived, unreadable);
    }

    /**
     * Checks every archived file against its name before anything is restored.
     *
     * @throws CommandRefusedException naming the first damaged or missing file
     */
    static void check(ZipFile zip, List<String> files) throws IOException {
        for (String sha256 : files) {
            ZipEntry entry = zip.getEntry(ENTRY_PREFIX + sha256);
            if (entry == null || !SHA256.matcher(sha256).matches()) {
                throw new CommandRefusedException("ops.restore.damaged", ENTRY_PREFIX + sha256);
            }
            MessageDigest digest = DatabaseBackup.sha256();
            try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                throw new CommandRefusedException("ops.restore.damaged", ENTRY_PREFIX + sha256);
            }
        }
    }

    /** Writes the archived files back (synced, then moved into place); a file already present is kept. */
    static int restore(ZipFile zip, List<String> files, Path dataDir) throws IOException {
        Path root = root(dataDir);
        int written = 0;
        for (String sha256 : files) {
            Path target = path(root, sha256);
            if (Files.isRegularFile(target)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".restore-", ".part");
            try {
                try (InputStream in = zip.getInputStream(zip.getEntry(ENTRY_PREFIX + sha256));
                     FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    in.transferTo(java.nio.channels.Channels.newOutputStream(out));
                    out.force(true);
                }
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                written++;
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        return written;
    }
}
