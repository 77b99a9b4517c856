package vn.lamchu.cases;

import java.util.UUID;

import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.VietnameseText;

/**
 * A letter's classification on the four dimensions of Thông tư 07/2014/TT-TTCP, Điều 6 (RULEBOOK §2.2), with its subject
 * category and the place the matter concerns.
 *
 * @param ineligibleReason required when the letter is not eligible: which condition of Điều 6 khoản 2 it fails
 */
public record Classification(ContentKind kind, Eligibility eligibility, String ineligibleReason, Competence competence,
                             Signatories signatories, int signatoryCount, String categoryCode, UUID placeUnitId) {

    public Classification {
        if (kind == null) {
            throw DomainException.invalid("cases.error.kind");
        }
        if (eligibility == null) {
            throw DomainException.invalid("cases.error.eligibility");
        }
        if (competence == null) {
            throw DomainException.invalid("cases.error.competence");
        }
        if (signatories == null) {
            throw DomainException.invalid("cases.error.signatories");
        }
        ineligibleReason = VietnameseText.normalizeOrNull(ineligibleReason);
        if (eligibility == Eligibility.NOT_ELIGIBLE && ineligibleReason == null) {
            throw DomainException.invalid("cases.error.ineligibleReason");
        }
        if (eligibility == Eligibility.ELIGIBLE) {
            ineligibleReason = null;
        }
        signatoryCount = switch (signatories) {
            case ANONYMOUS -> 0;
            case ONE -> 1;
            case MANY -> {
                if (signatoryCount < 2 || signatoryCount > 100_000) {
                    throw DomainException.invalid("cases.error.signatoryCount");
                }
                yield signatoryCount;
            }
        };
        categoryCode = VietnameseText.normalizeOrNull(categoryCode);
    }
}
