package vn.lamchu.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The key that {@link SecretBox} encrypts columns with, as backup and restore see it: from
 * {@code LAMCHU_ENCRYPTION_KEY}, from the key file in the data directory, or none yet.
 *
 * @param source      {@code environment}, {@code file} or {@code none}
 * @param fileContent the key file's text (Base64 of the key) when the source is the file, else null
 * @param fingerprint the first 16 hexadecimal digits of the SHA-256 of the key, or null when there is none
 */
record EncryptionKey(String source, String fileContent, String fingerprint) {

    static final String ARCHIVE_ENTRY = "keys/lamchu.key";

    static EncryptionKey find(Path dataDir, String environmentKey) throws IOException {
        if (environmentKey != null && !environmentKey.isBlank()) {
            return new EncryptionKey("environment", null, fingerprint(environmentKey));
        }
        Path file = SecretBox.keyFile(dataDir);
        if (Files.exists(file)) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            return new EncryptionKey("file", content, fingerprint(content));
        }
        return new EncryptionKey("none", null, null);
    }

    static String fingerprint(String base64Key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64Key.trim()));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
    }

    /**
     * Writes the key file (readable by its owner only). An existing, different key file is kept beside it as
     * {@code lamchu.key.replaced-SUFFIX}.
     *
     * @return the file the old key was moved to, or null
     */
    static Path install(Path dataDir, String content, String suffix) throws IOException {
        Path file = SecretBox.keyFile(dataDir);
        Files.createDirectories(file.getParent());
        Path replaced = null;
        if (Files.exists(file)) {
            replaced = file.resolveSibling(file.getFileName() + ".replaced-" + suffix);
            Files.move(file, replaced, StandardCopyOption.REPLACE_EXISTING);
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        ownerOnly(temporary);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return replaced;
    }

    static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }
}
