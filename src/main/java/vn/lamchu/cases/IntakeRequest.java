package vn.lamchu.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A letter as any channel hands it in.
 *
 * @param idempotencyKey   chosen by the client (16–100 characters, e.g. a UUID): retrying with the same key returns
 *                         the same case and receipt instead of creating a second one; null: no retry protection
 * @param receivedOn       when the letter was received (a paper letter logged later); null: today; never in the future
 * @param placeUnitId      the commune (or ward) where the matter is; used for routing
 * @param handlingUnitId   staff only: the unit that receives it; null: the routing table suggests one
 * @param forwardedBy      the body that forwarded the letter (deputy, Front, press …), for {@link Channel#FORWARDED}
 * @param attachments      SHA-256 of files stored beforehand ({@code POST /api/v1/files} or the portal form)
 */
public record IntakeRequest(Channel channel, String idempotencyKey, ContentKind kind, String title, String body,
                            String categoryCode, UUID placeUnitId, String placeText, boolean anonymous,
                            List<Sender> senders, boolean publishConsent, String forwardedBy, LocalDate receivedOn,
                            UUID handlingUnitId, List<String> attachments) {

    public IntakeRequest {
        senders = senders == null ? List.of() : List.copyOf(senders);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
