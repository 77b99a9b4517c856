package vn.lamchu.cases;

/**
 * A stored file's content on disk no longer matches its SHA-256 (the disk or someone altered it) or is missing:
 * it must be restored from a backup; it is never served as it is.
 */
public class StoredFileCorruptedException extends RuntimeException {

    private final String sha256;

    public StoredFileCorruptedException(String sha256, String problem) {
        super("stored file " + sha256 + " is corrupted: " + problem);
        this.sha256 = sha256;
    }

    public String sha256() {
        return sha256;
    }
}
