package vn.lamchu.cases;

import java.time.LocalDate;
import java.util.UUID;

import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.VietnameseText;

/**
 * One step of a complaint or denunciation procedure as an officer proposes it (or a leader takes it). Which fields a
 * step needs is checked by {@link Proceeding}; here only the shape is checked.
 *
 * @param kind           the step
 * @param text           the reason, findings, decision or conclusion text, as its document states it
 * @param result         a {@link ProceedingGrounds.ComplaintResult} or {@link ProceedingGrounds.DenunciationResult} name
 * @param ground         a refusal, not-processed or termination ground name ({@link ProceedingGrounds})
 * @param date           the dialogue's date (SCHEDULE_DIALOGUE); the day the complainant learned of the decision (KN_ACCEPT)
 * @param place          the dialogue's place; the form of publication
 * @param targetUnitId   the superior unit a second complaint or a further denunciation goes to
 * @param matchesRequest whether the verification findings meet the complainant's request (no dialogue needed then)
 * @param attended       whether the complainant came to the dialogue
 * @param managementCheck whether anonymous information with evidence is checked for management purposes
 * @param obstacle       the objective obstacle that stopped the time limit to complain (Luật Khiếu nại 2011, Điều 9)
 */
public record ProceedingAct(ProceedingActKind kind, String text, String result, String ground, LocalDate date,
                            String place, UUID targetUnitId, Boolean complex, Boolean veryComplex, Boolean remote,
                            Boolean severalPlaces, Boolean discipline, Boolean dismissal, Boolean matchesRequest,
                            Boolean attended, Boolean managementCheck, String obstacle) {

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_SHORT = 500;

    public ProceedingAct {
        if (kind == null) {
            throw DomainException.invalid("cases.proceeding.error.kind");
        }
        text = VietnameseText.normalizeLines(text);
        if (text != null && text.isBlank()) {
            text = null;
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw DomainException.invalid("cases.error.tooLong", MAX_TEXT);
        }
        result = VietnameseText.normalizeOrNull(result);
        ground = VietnameseText.normalizeOrNull(ground);
        place = VietnameseText.normalizeOrNull(place);
        obstacle = VietnameseText.normalizeOrNull(obstacle);
        if ((place != null && place.length() > MAX_SHORT) || (obstacle != null && obstacle.length() > MAX_TEXT)) {
            throw DomainException.invalid("cases.error.tooLong", MAX_SHORT);
        }
    }

    /** A step with only a kind and a text. */
    public static ProceedingAct of(ProceedingActKind kind, String text) {
        return new ProceedingAct(kind, text, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    public ProceedingAct withResult(String newResult) {
        return new ProceedingAct(kind, text, newResult, ground, date, place, targetUnitId, complex, veryComplex, remote,
                severalPlaces, discipline, dismissal, matchesRequest, attended, managementCheck, obstacle);
    }

    public ProceedingAct withGround(String newGround) {
        return new ProceedingAct(kind, text, result, newGround, date, place, targetUnitId, complex, veryComplex, remote,
                severalPlaces, discipline, dismissal, matchesRequest, attended, managementCheck, obstacle);
    }

    public ProceedingAct withDate(LocalDate newDate) {
        return new ProceedingAct(kind, text, result, ground, newDate, place, targetUnitId, complex, veryComplex, remote,
                severalPlaces, discipline, dismissal, matchesRequest, attended, managementCheck, obstacle);
    }

    public ProceedingAct withPlace(String newPlace) {
        return new ProceedingAct(kind, text, result, ground, date, newPlace, targetUnitId, complex, veryComplex, remote,
                severalPlaces, discipline, dismissal, matchesRequest, attended, managementCheck, obstacle);
    }

    public ProceedingAct withTarget(UUID unit) {
        return new ProceedingAct(kind, text, result, ground, date, place, unit, complex, veryComplex, remote,
                severalPlaces, discipline, dismissal, matchesRequest, attended, managementCheck, obstacle);
    }

    public ProceedingAct withFlags(Boolean newComplex, Boolean newVeryComplex, Boolean newRemote, Boolean newSeveralPlaces) {
        return new ProceedingAct(kind, text, result, ground, date, place, targetUnitId, newComplex, newVeryComplex,
                newRemote, newSeveralPlaces, discipline, dismissal, matchesRequest, attended, managementCheck, obstacle);
    }

    public ProceedingAct withDiscipline(Boolean newDiscipline, Boolean newDismissal) {
        return new ProceedingAct(kind, text, result, ground, date, place, targetUnitId, complex, veryComplex, remote,
                severalPlaces, newDiscipline, newDismissal, matchesRequest, attended, managementCheck, obstacle);
    }

    public ProceedingAct withMatches(Boolean matches) {
        return new ProceedingAct(kind, text, result, ground, date, place, targetUnitId, complex, veryComplex, remote,
                severalPlaces, discipline, dismissal, matches, attended, managementCheck, obstacle);
    }

    public ProceedingAct withAttended(Boolean came) {
        return new ProceedingAct(kind, text, result, ground, date, place, targetUnitId, complex, veryComplex, remote,
                severalPlaces, discipline, dismissal, matchesRequest, came, managementCheck, obstacle);
    }

    public ProceedingAct withManagementCheck(Boolean check) {
        return new ProceedingAct(kind, text, result, ground, date, place, targetUnitId, complex, veryComplex, remote,
                severalPlaces, discipline, dismissal, matchesRequest, attended, check, obstacle);
    }

    public ProceedingAct withObstacle(String newObstacle) {
        return new ProceedingAct(kind, text, result, ground, date, place, targetUnitId, complex, veryComplex, remote,
                severalPlaces, discipline, dismissal, matchesRequest, attended, managementCheck, newObstacle);
    }

    static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
