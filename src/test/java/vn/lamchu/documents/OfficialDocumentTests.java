package vn.lamchu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import vn.lamchu.shared.DomainException;

class OfficialDocumentTests {

    @Test
    void refusesADocumentWithoutIssuingBody() {
        assertRefused(args -> args[1] = "   ", "documents.error.issuingBodyMissing");
        assertRefused(args -> args[1] = null, "documents.error.issuingBodyMissing");
    }

    @Test
    void refusesADocumentWithoutPlaceOrDate() {
        assertRefused(args -> args[3] = "", "documents.error.placeMissing");
        assertRefused(args -> args[4] = null, "documents.error.dateMissing");
    }

    @Test
    void refusesADocumentWithoutBody() {
        assertRefused(args -> args[8] = Arrays.asList(" ", "", null), "documents.error.bodyEmpty");
        assertRefused(args -> args[8] = null, "documents.error.bodyEmpty");
    }

    @Test
    void refusesANumberThatIsNotPositiveOrHasNoSymbol() {
        assertInvalid(() -> OfficialDocument.numberAndSymbol(0, "UBND-VP"), "documents.error.numberInvalid");
        assertInvalid(() -> OfficialDocument.numberAndSymbol(3, " "), "documents.error.symbolMissing");
    }

    @Test
    void storesTextNfcNormalisedWithoutBlankEntries() {
        String decomposed = Normalizer.normalize("Ủy ban nhân dân xã Tân Phú", Normalizer.Form.NFD);
        OfficialDocument d = new OfficialDocument(null, decomposed, null, " Tân  Phú ", LocalDate.of(2026, 1, 2),
                null, null, null, List.of(Normalizer.normalize("Nội dung", Normalizer.Form.NFD), " "),
                Arrays.asList("Như trên", null, ""), null, null, null, null);
        assertThat(d.issuingBody()).isEqualTo("Ủy ban nhân dân xã Tân Phú");
        assertThat(d.place()).isEqualTo("Tân Phú");
        assertThat(d.paragraphs()).containsExactly("Nội dung");
        assertThat(d.recipients()).containsExactly("Như trên");
        assertThat(d.addressees()).isEmpty();
        assertThat(d.isOfficialLetter()).isTrue();
    }

    private static void assertRefused(Consumer<Object[]> change, String key) {
        OfficialDocument sample = DocumentSamples.forwardingSlip();
        Object[] args = {sample.governingBody(), sample.issuingBody(), sample.numberAndSymbol(), sample.place(),
                sample.date(), sample.kindTitle(), sample.summary(), sample.addressees(),
                new ArrayList<>(sample.paragraphs()), sample.recipients(), sample.signingAuthority(),
                sample.signerPosition(), sample.signerName(), sample.footerNote()};
        change.accept(args);
        @SuppressWarnings("unchecked")
        ThrowingCallable create = () -> new OfficialDocument((String) args[0], (String) args[1], (String) args[2],
                (String) args[3], (LocalDate) args[4], (String) args[5], (String) args[6], (List<String>) args[7],
                (List<String>) args[8], (List<String>) args[9], (String) args[10], (String) args[11],
                (String) args[12], (String) args[13]);
        assertInvalid(create, key);
    }

    /** Refused with the key, and the key has a message in both languages. */
    static void assertInvalid(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.messageKey()).isEqualTo(key);
        });
        for (String language : List.of("vi", "en")) {
            assertThat(bundle(language).getProperty(key)).as(key + " in " + language).isNotBlank();
        }
    }

    private static Properties bundle(String language) {
        Properties properties = new Properties();
        try (var in = OfficialDocumentTests.class.getResourceAsStream("/i18n/documents_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return properties;
    }
}
