package vn.lamchu.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.VietnameseText;

/**
 * An official administrative document in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: the header (issuing body
 * and number on the left, Quốc hiệu and Tiêu ngữ with place and date on the right), the type and subject, "Kính gửi",
 * the body, the signature block and "Nơi nhận". {@link OfficialDocuments} writes it as DOCX or PDF.
 *
 * <p>Texts are stored NFC-normalised; list entries that are blank are dropped. Upper case where the decree wants it
 * (bodies, type, authority, position) is applied when rendering, so callers may pass ordinary case.
 *
 * @param governingBody    tên cơ quan chủ quản trực tiếp (ô 2), e.g. "UBND TỈNH HÒA AN"; {@code null} if none
 * @param issuingBody      tên cơ quan ban hành (ô 2), e.g. "Ủy ban nhân dân xã Tân Phú"; required
 * @param numberAndSymbol  số, ký hiệu (ô 3) without "Số:", e.g. "15/UBND-VP" (see {@link #numberAndSymbol(int, String)});
 *                         {@code null} leaves the number blank to be filled in by hand; "/UBND-VP" leaves only the
 *                         number blank
 * @param place            địa danh (ô 4), e.g. "Tân Phú"; required
 * @param date             the date of issue (ô 4); required
 * @param kindTitle        tên loại văn bản (ô 5a), e.g. "Phiếu chuyển đơn"; {@code null} for a công văn
 * @param summary          trích yếu: under the type (ô 5a), or for a công văn the "V/v …" line under the number (ô 5b);
 *                         a leading "V/v" is not repeated; {@code null} if none
 * @param addressees       "Kính gửi" (ô 9a): one is written on the same line, several as a "- …;" list ending "."
 * @param paragraphs       the body (ô 6); at least one non-blank paragraph
 * @param recipients       "Nơi nhận" (ô 9b) as plain names; written as "- …;" with the last ending "." (the caller
 *                         adds "Lưu: VT, …" as the last one)
 * @param signingAuthority quyền hạn (ô 7a), e.g. "TM. Ủy ban nhân dân", "KT. Chủ tịch"; {@code null} if the head signs
 * @param signerPosition   chức vụ (ô 7a), e.g. "Chủ tịch"
 * @param signerName       họ tên người ký (ô 7b); {@code null} for an unsigned draft
 * @param footerNote       a small note below the signature block (not part of the decree's layout), e.g. a lookup
 *                         code; {@code null} if none
 */
public record OfficialDocument(
        String governingBody,
        String issuingBody,
        String numberAndSymbol,
        String place,
        LocalDate date,
        String kindTitle,
        String summary,
        List<String> addressees,
        List<String> paragraphs,
        List<String> recipients,
        String signingAuthority,
        String signerPosition,
        String signerName,
        String footerNote) {

    /**
     * @throws DomainException (invalid) if the issuing body, the place or the date is missing or the body is empty
     */
    public OfficialDocument {
        governingBody = VietnameseText.normalizeOrNull(governingBody);
        issuingBody = VietnameseText.normalizeOrNull(issuingBody);
        numberAndSymbol = VietnameseText.normalizeOrNull(numberAndSymbol);
        place = VietnameseText.normalizeOrNull(place);
        kindTitle = VietnameseText.normalizeOrNull(kindTitle);
        summary = VietnameseText.normalizeOrNull(summary);
        addressees = normalize(addressees);
        paragraphs = normalize(paragraphs);
        recipients = normalize(recipients);
        signingAuthority = VietnameseText.normalizeOrNull(signingAuthority);
        signerPosition = VietnameseText.normalizeOrNull(signerPosition);
        signerName = VietnameseText.normalizeOrNull(signerName);
        footerNote = VietnameseText.normalizeOrNull(footerNote);
        if (issuingBody == null) {
            throw DomainException.invalid("documents.error.issuingBodyMissing");
        }
        if (place == null) {
            throw DomainException.invalid("documents.error.placeMissing");
        }
        if (date == null) {
            throw DomainException.invalid("documents.error.dateMissing");
        }
        if (paragraphs.isEmpty()) {
            throw DomainException.invalid("documents.error.bodyEmpty");
        }
    }

    /** A công văn (official letter) has no type name; its subject stands under the number as "V/v …". */
    public boolean isOfficialLetter() {
        return kindTitle == null;
    }

    /**
     * "05/UBND-VP": the number with a leading zero below 10, a slash, then the symbol (Nghị định 30/2020/NĐ-CP,
     * Phụ lục I, ô 3). The symbol is kept as given: some abbreviations of Phụ lục III contain lower case ("QyĐ").
     */
    public static String numberAndSymbol(int number, String symbol) {
        if (number < 1) {
            throw DomainException.invalid("documents.error.numberInvalid", number);
        }
        String normalized = VietnameseText.normalizeOrNull(symbol);
        if (normalized == null) {
            throw DomainException.invalid("documents.error.symbolMissing");
        }
        return "%02d/%s".formatted(number, normalized);
    }

    private static List<String> normalize(List<String> texts) {
        if (texts == null) {
            return List.of();
        }
        return texts.stream().map(VietnameseText::normalizeOrNull).filter(Objects::nonNull).toList();
    }
}
