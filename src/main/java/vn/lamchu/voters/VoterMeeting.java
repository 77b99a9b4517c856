package vn.lamchu.voters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A voter meeting as recorded.
 *
 * @param placeUnitId   the commune (or village) whose voters meet: the place of every opinion raised there
 * @param sessionNumber the session's number in its term (null for a thematic meeting)
 * @param deputies      the deputies attending (planned, then as recorded when held)
 */
public record VoterMeeting(UUID id, UUID councilUnitId, String councilName, UUID constituencyId,
                           String constituencyName, UUID sessionId, String sessionName, Integer sessionNumber,
                           LocalDate sessionOpensOn, MeetingTiming timing, String topic, UUID placeUnitId,
                           String placeName, String venue, Instant startsAt, MeetingStatus status, LocalDate heldOn,
                           Integer votersAttending, String note, int version, List<Deputy> deputies) {

    /** A deputy, linked to the organisation's person where known. */
    public record Deputy(UUID id, String fullName, UUID personId, UUID constituencyId) {
    }
}
