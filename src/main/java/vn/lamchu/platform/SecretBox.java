package vn.lamchu.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets at rest (TOTP keys, a denouncer's identity) with AES-256-GCM. The key comes from
 * {@code LAMCHU_ENCRYPTION_KEY} (32 bytes, Base64); without it, a key is generated once into
 * {@code LAMCHU_DATA_DIR/keys/lamchu.key} (readable by its owner only) — back that file up with the data.
 * <p>
 * Ciphertext format: Base64 of (version byte 1, 12-byte nonce, ciphertext with tag). The associated data binds a
 * ciphertext to its purpose, so a value cannot be moved from one column to another.
 */
@Component
public class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte VERSION = 1;

    private final SecretKey key;
    private final SecretKeySpec macKey;
    private final SecureRandom random = new SecureRandom();
    // a cipher and a MAC are looked up and set up for every value otherwise (measured at intake: a tenth of sealing a
    // letter); neither is thread-safe, so each is lent to one caller at a time
    private final Queue<Cipher> ciphers = new ConcurrentLinkedQueue<>();
    private final Queue<Mac> macs = new ConcurrentLinkedQueue<>();

    @org.springframework.beans.factory.annotation.Autowired
    SecretBox(LamChuProperties properties, @Value("${LAMCHU_ENCRYPTION_KEY:}") String configuredKey) {
        this(loadKey(properties.dataDir(), configuredKey));
    }

    /** For tests and tools: a box with the given 32-byte key. */
    public static SecretBox withKey(byte[] key) {
        return new SecretBox(key);
    }

    private SecretBox(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(this.key);
            this.macKey = new SecretKeySpec(derive.doFinal("lamchu-mac-v1".getBytes(StandardCharsets.UTF_8)),
                    "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("keyed hash unavailable", e);
        }
    }

    public String encrypt(String plaintext, String purpose) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher();
            byte[] sealed;
            try {
                // a fresh nonce every time: GCM must never see a nonce twice under one key
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
                sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            } finally {
                ciphers.offer(cipher);
            }
            ByteBuffer out = ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length);
            out.put(VERSION).put(nonce).put(sealed);
            return Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /**
     * @throws IllegalStateException if the value was not sealed with this key and purpose, or was altered
     */
    public String decrypt(String ciphertext, String purpose) {
        try {
            ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(ciphertext));
            if (in.get() != VERSION) {
                throw new IllegalStateException("unknown ciphertext version");
            }
            byte[] nonce = new byte[NONCE_BYTES];
            in.get(nonce);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            Cipher cipher = cipher();
            try {
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
                return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
            } finally {
                // a failed decryption leaves the cipher to be initialised again, as every use does first
                ciphers.offer(cipher);
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    /**
     * A keyed hash (HMAC-SHA-256) of {@code value} for {@code purpose}, in lower-case hex: lets a secret be found by
     * equality (a confidential case's receipt code) while storing neither the secret nor a hash anyone could compute
     * without the key. The HMAC key is derived from the encryption key (HMAC-SHA-256 of the key over
     * {@code "lamchu-mac-v1"}), so the AES key is never used for anything else, and the purpose is bound into the input,
     * so equal values for different purposes give unrelated hashes.
     */
    public String mac(String purpose, String value) {
        Mac mac = macs.poll();
        if (mac == null) {
            mac = newMac();
        }
        try {
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } finally {
            // doFinal leaves the MAC ready for the next value; reset as well for a caller that failed half-way
            mac.reset();
            macs.offer(mac);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("keyed hash failed", e);
        }
    }

    private Cipher cipher() throws GeneralSecurityException {
        Cipher cipher = ciphers.poll();
        return cipher != null ? cipher : Cipher.getInstance("AES/GCM/NoPadding");
    }

    /** Where the generated key lives when {@code LAMCHU_ENCRYPTION_KEY} is not set. */
    static Path keyFile(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("keys").resolve("lamchu.key");
    }

    private static byte[] loadKey(Path dataDir, String configuredKey) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configuredKey.trim());
            if (key.length != 32) {
                throw new IllegalStateException("LAMCHU_ENCRYPTION_KEY must be 32 bytes in Base64 (openssl rand -base64 32)");
            }
            return key;
        }
        Path file = keyFile(dataDir);
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            EncryptionKey.ownerOnly(file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the encryption key " + file, e);
        }
    }
}
