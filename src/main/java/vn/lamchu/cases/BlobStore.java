package vn.lamchu.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import vn.lamchu.shared.DomainException;

import vn.lamchu.platform.StoredFilesArchive;

/**
 * Content-addressed files on disk: {@code <root>/ab/cd/abcd…} named by the SHA-256 of their content, shared by all
 * tenants. A file is streamed into a temporary file in the root directory (so on the same file system) while its
 * SHA-256 is computed and its size counted, synced to disk, checked (size, type), then moved atomically into place.
 * Content already present is kept once. Reading first verifies the content against its name.
 */
final class BlobStore {

    /** What was stored. */
    record Blob(String sha256, long size, String mediaType) {
    }

    private static final int BUFFER = 64 * 1024;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final long maxSize;
    private final FileTypes types;

    BlobStore(Path root, long maxSize, FileTypes types) {
        this.root = root;
        this.maxSize = maxSize;
        this.types = types;
    }

    /**
     * Stores the stream's content (the stream is read to its end, or until the size limit, and not closed).
     *
     * @throws DomainException {@code file.empty}, {@code file.too-large} (argument: the limit in MB) or
     *                         {@code file.type-not-allowed} (argument: the detected type)
     */
    Blob put(InputStream content, String nameHint) {
        Path temporary = null;
        try {
            Files.createDirectories(root);
            temporary = Files.createTempFile(root, ".incoming-", ".tmp");
            MessageDigest digest = sha256();
            long size = 0;
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[BUFFER];
                for (int read; (read = content.read(buffer)) != -1; ) {
                    size += read;
                    if (size > maxSize) {
                        throw DomainException.invalid("file.too-large", maxSize / (1024 * 1024));
                    }
                    digest.update(buffer, 0, read);
                    ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                    while (chunk.hasRemaining()) {
                        out.write(chunk);
                    }
                }
                out.force(true);
            }
            if (size == 0) {
                throw DomainException.invalid("file.empty");
            }
            String mediaType = types.detect(temporary, nameHint);
            if (!types.allowed(mediaType)) {
                throw DomainException.invalid("file.type-not-allowed", mediaType);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = path(sha256);
            if (!intact(target, sha256)) {
                Files.createDirectories(target.getParent());
                move(temporary, target);
                syncDirectory(target.getParent());
            }
            return new Blob(sha256, size, mediaType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a file under " + root, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * The content, after checking it still has the SHA-256 it is named by.
     *
     * @throws StoredFileCorruptedException if it is missing or altered
     */
    InputStream open(String sha256) {
        Path file = path(sha256);
        if (!Files.exists(file)) {
            throw new StoredFileCorruptedException(sha256, "missing from " + file);
        }
        if (!intact(file, sha256)) {
            throw new StoredFileCorruptedException(sha256, "content does not match its checksum");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the content with this SHA-256 lives. */
    Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
        return StoredFilesArchive.path(root, sha256);
    }

    private static boolean intact(Path file, String sha256) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int read; (read = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            return false;
        }
        return HexFormat.of().formatHex(digest.digest()).equals(sha256);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the new directory entry durable (POSIX); not possible everywhere, and then not needed. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // e.g. Windows cannot open a directory as a channel
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a left-over temporary file is harmless; it starts with ".incoming-"
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
