package vn.lamchu.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the installation, each also readable from an environment variable (see README, "Settings").
 *
 * @param dataDir    where the embedded database and stored files live ({@code LAMCHU_DATA_DIR})
 * @param db         the external database; when its URL is empty the embedded PostgreSQL is used
 * @param demoData   whether the first start of an empty embedded database seeds the demo province ({@code LAMCHU_DEMO_DATA})
 */
@ConfigurationProperties("lamchu")
public record LamChuProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Db db,
        @DefaultValue("true") boolean demoData) {

    /** An external PostgreSQL ({@code LAMCHU_DB_URL}, {@code LAMCHU_DB_USER}, {@code LAMCHU_DB_PASSWORD}). */
    public record Db(String url, String user, String password, @DefaultValue("20") int poolSize) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public boolean embedded() {
        return !db.external();
    }
}
