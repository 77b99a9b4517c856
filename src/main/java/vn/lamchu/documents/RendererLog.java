package vn.lamchu.documents;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends the PDF renderer's messages to SLF4J, one step quieter than it rates them: it logs several lines at INFO for
 * every document (time to parse the style sheet, fonts loaded), which belong at DEBUG in a server's log.
 */
final class RendererLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            LOG.error("{}: {}", where, message, error);
        } else if (value >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, message, error);
        } else if (value >= Level.INFO.intValue()) {
            LOG.debug("{}: {}", where, message, error);
        } else {
            LOG.trace("{}: {}", where, message, error);
        }
    }

    @Override
    public void setLevel(String where, Level level) {
        // Levels are set in the logging configuration.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int value = diagnostic.getLevel().intValue();
        if (value >= Level.WARNING.intValue()) {
            return LOG.isWarnEnabled();
        }
        return value >= Level.INFO.intValue() ? LOG.isDebugEnabled() : LOG.isTraceEnabled();
    }
}
