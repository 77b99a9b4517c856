package vn.lamchu.supervision.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.UnitId;
import vn.lamchu.supervision.Supervision;
import vn.lamchu.supervision.SupervisionBody;
import vn.lamchu.supervision.SupervisionDeadlines;

/** Helpers shared by the pages and the API. */
final class SupervisionViews {

    private SupervisionViews() {
    }

    /** The legal dates of a supervision, by name, for the page and the API (null when not yet known). */
    static Map<String, LocalDate> deadlines(SupervisionDeadlines d, Supervision s) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        if (s.sessionOn() != null) {
            dates.put("noticeLatest", d.noticeLatest(s.body(), s.sessionOn()));
            if (s.body() == SupervisionBody.FRONT) {
                dates.put("reportLatest", d.reportLatest(s.sessionOn()));
            }
        }
        if (s.sessionHeldOn() != null && s.body() == SupervisionBody.FRONT) {
            dates.put("teamReportDue", d.teamReportDue(s.sessionHeldOn()));
        }
        return dates;
    }

    /** The figures as labelled cards, in the order reports give them. */
    static Map<String, Integer> cards(vn.lamchu.supervision.SupervisionFigures.Figures f) {
        Map<String, Integer> cards = new LinkedHashMap<>();
        cards.put("led", f.led());
        cards.put("takenPart", f.takenPart());
        cards.put("inspections", f.inspections());
        cards.put("recommendations", f.recommendations());
        cards.put("answered", f.answered());
        cards.put("overdue", f.overdue());
        return cards;
    }

    /** Which form field a message key belongs to, so that the page shows it next to that field. */
    static String fieldOf(String key) {
        return switch (key) {
            case "supervision.error.titleMissing" -> "title";
            case "supervision.error.topicMissing" -> "topic";
            case "supervision.error.subjectMissing" -> "subjectUnitId";
            case "supervision.error.year", "supervision.error.planTooEarly" -> "year";
            case "supervision.error.textMissing" -> "text";
            case "supervision.error.addressedMissing" -> "addressedUnitId";
            case "supervision.error.answerMissing" -> "answer";
            case "supervision.error.answerDate" -> "answeredOn";
            case "supervision.error.reasonMissing" -> "reason";
            case "supervision.error.assessmentMissing" -> "assessment";
            case "supervision.error.conclusionMissing" -> "text";
            case "supervision.error.progress" -> "progress";
            case "supervision.error.sessionMissing" -> "sessionOn";
            case "supervision.error.draftingMissing" -> "draftingUnitId";
            case "supervision.error.submissionMissing", "supervision.error.submissionBeforeReceipt" -> "submissionOn";
            case "supervision.error.opinionMissing" -> "opinion";
            case "supervision.error.replyMissing" -> "reply";
            case "supervision.error.nameMissing" -> "fullName";
            case "supervision.error.term" -> "termFrom";
            default -> "date";
        };
    }

    /** Runs a change; on a domain error re-renders the page with the message next to the form's field. */
    static String attempt(org.springframework.context.MessageSource messages, org.springframework.ui.Model model,
                          jakarta.servlet.http.HttpServletResponse response, String form,
                          java.util.function.Supplier<String> change, java.util.function.Supplier<String> page) {
        try {
            return change.get();
        } catch (vn.lamchu.shared.DomainException e) {
            response.setStatus(e.kind() == vn.lamchu.shared.DomainException.Kind.CONFLICT ? 409 : 400);
            model.addAttribute("errorForm", form);
            model.addAttribute("errorField", fieldOf(e.messageKey()));
            model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            return page.get();
        }
    }

    /** The units of the actor's commune (or province), by name: subjects, addressees, drafting bodies. */
    static List<Map.Entry<UnitId, String>> units(OrgDirectory org, Actor actor) {
        UnitId root = areaOf(org, actor);
        return org.names(actor.tenantId(), org.subtree(actor.tenantId(), root)).entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).toList();
    }

    /** The nearest area above the actor's unit (the commune), or the actor's unit if it is an area. */
    static UnitId areaOf(OrgDirectory org, Actor actor) {
        Unit own = org.unit(actor.tenantId(), actor.unitId()).orElse(null);
        if (own != null && own.kind() == UnitKind.AREA) {
            return own.id();
        }
        List<Unit> ancestors = org.ancestors(actor.tenantId(), actor.unitId());
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            if (ancestors.get(i).kind() == UnitKind.AREA) {
                return ancestors.get(i).id();
            }
        }
        return actor.unitId();
    }
}
