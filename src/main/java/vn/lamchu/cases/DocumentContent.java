package vn.lamchu.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A document issued for a step, as issued: the parts of an official document in the layout of Nghị định 30/2020/NĐ-CP,
 * Phụ lục I. Kept with the case, so a reprint is always the same text.
 */
public record DocumentContent(String governingBody, String issuingBody, String numberAndSymbol, String place,
                              LocalDate date, String kindTitle, String summary, List<String> addressees,
                              List<String> paragraphs, List<String> recipients, String signingAuthority,
                              String signerPosition, String signerName, String footerNote) {
}
