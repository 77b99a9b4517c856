package vn.lamchu.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipFile;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;

/**
 * The types of file a petition may carry, recognised from their content with Apache Tika's magic-byte detection.
 * The file name is passed to Tika only as a hint, which Tika uses solely to refine a type within the family the content
 * already shows (a ZIP container named {@code .docx} becomes DOCX; an executable named {@code .pdf} stays an executable).
 * A ZIP named as an Office Open XML document must also contain {@code [Content_Types].xml}.
 * <p>
 * The allowlist covers what citizens actually bring: letters and forms (PDF, Word, OpenDocument, plain text),
 * tables of figures (Excel), photos and scans of documents taken with a phone or a scanner (JPEG, PNG, WebP, HEIC, TIFF),
 * and short recordings of an incident or a conversation (MP3/M4A audio, MP4/MOV/3GP video). Anything that can run
 * or render active content (executables, HTML, SVG, scripts, archives, macro-enabled Office files) is refused.
 */
final class FileTypes {

    static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "text/plain",
            "image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", "image/tiff",
            "audio/mpeg", "audio/mp4", "audio/x-m4a",
            "video/mp4", "video/quicktime", "video/3gpp");

    private static final String OOXML = "application/vnd.openxmlformats-officedocument.";

    private final Detector detector = new DefaultDetector();

    /** The media type of the file's content, e.g. {@code application/pdf} (without parameters). */
    String detect(Path file, String nameHint) {
        Metadata metadata = new Metadata();
        if (nameHint != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, nameHint);
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            String type = detector.detect(in, metadata, new ParseContext()).getBaseType().toString();
            if (type.startsWith(OOXML) && !isOfficeOpenXml(file)) {
                return "application/zip";
            }
            return type;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    boolean allowed(String mediaType) {
        return ALLOWED.contains(mediaType);
    }

    private static boolean isOfficeOpenXml(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
