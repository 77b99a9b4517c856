package vn.lamchu.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refusal of the embedded database (root, data directory in use, wrong version) into a short report. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabase.EmbeddedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabase.EmbeddedDatabaseException cause) {
        return new FailureAnalysis("Cơ sở dữ liệu nhúng không khởi động được / The embedded database could not start:\n"
                + cause.getMessage(),
                "Xem README, mục \"Two commands\" và \"Settings\" / See the README, \"Two commands\" and \"Settings\".",
                cause);
    }
}
