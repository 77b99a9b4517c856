package vn.lamchu.reception;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;

/**
 * Figures of citizen reception for a unit's subtree and a period, computed from the records (never typed in): sessions
 * held, visits and attendances (every member of a delegation counts), matters raised, answered, resolved, and notices
 * overdue under TCD-28; dialogues held and questions raised. "Answered" and "resolved" are defined on
 * {@link ReceptionSessions}.
 */
@Service
public class ReceptionFigures {

    private final ReceptionSessions sessions;
    private final Dialogues dialogues;
    private final CurrentActor currentActor;

    ReceptionFigures(ReceptionSessions sessions, Dialogues dialogues, CurrentActor currentActor) {
        this.sessions = sessions;
        this.dialogues = dialogues;
        this.currentActor = currentActor;
    }

    public record Figures(UUID unitId, LocalDate from, LocalDate to, int sessionsScheduled, int sessionsHeld,
                          int visits, int delegations, int attendances, int matters, int answered,
                          int answeredOnTheSpot, int resolved, int noticesOverdue, int dialogues,
                          int dialogueQuestions) {

        /** The counts by name, in display order (for pages). */
        public java.util.Map<String, Integer> asMap() {
            java.util.Map<String, Integer> map = new java.util.LinkedHashMap<>();
            map.put("sessionsScheduled", sessionsScheduled);
            map.put("sessionsHeld", sessionsHeld);
            map.put("visits", visits);
            map.put("delegations", delegations);
            map.put("attendances", attendances);
            map.put("matters", matters);
            map.put("answered", answered);
            map.put("answeredOnTheSpot", answeredOnTheSpot);
            map.put("resolved", resolved);
            map.put("noticesOverdue", noticesOverdue);
            map.put("dialogues", dialogues);
            map.put("dialogueQuestions", dialogueQuestions);
            return map;
        }
    }

    public Figures of(UUID unit, LocalDate from, LocalDate to) {
        Actor actor = currentActor.require();
        ReceptionBook.checkPeriod(from, to);
        UUID root = unit == null ? actor.unitId().value() : unit;
        int scheduled = 0, held = 0, visits = 0, delegations = 0, persons = 0, matters = 0, answered = 0, spot = 0,
                resolved = 0, overdue = 0;
        for (ReceptionSessions.Session s : sessions.list(root, from, to)) {
            if (s.scheduled()) {
                scheduled++;
            }
            if (s.status() == ReceptionSessions.Status.SCHEDULED) {
                continue;
            }
            held++;
            for (ReceptionSessions.Visit v : sessions.visits(actor.tenantId(), s.id())) {
                visits++;
                persons += v.persons();
                delegations += v.delegation() ? 1 : 0;
                for (ReceptionSessions.Matter m : v.matters()) {
                    matters++;
                    answered += m.answered() ? 1 : 0;
                    spot += m.spotAnswer() != null ? 1 : 0;
                    resolved += m.resolved() ? 1 : 0;
                    overdue += m.noticeOverdue() ? 1 : 0;
                }
            }
        }
        List<Dialogues.Dialogue> held2 = dialogues.list(root, from, to);
        int questions = held2.stream().mapToInt(Dialogues.Dialogue::questions).sum();
        return new Figures(root, from, to, scheduled, held, visits, delegations, persons, matters, answered, spot,
                resolved, overdue, held2.size(), questions);
    }
}
