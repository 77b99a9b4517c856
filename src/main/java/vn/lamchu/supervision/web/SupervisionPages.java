package vn.lamchu.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.UnitId;
import vn.lamchu.supervision.Recommendation;
import vn.lamchu.supervision.RecommendationWatch;
import vn.lamchu.supervision.Recommendations;
import vn.lamchu.supervision.Supervision;
import vn.lamchu.supervision.SupervisionBody;
import vn.lamchu.supervision.SupervisionFigures;
import vn.lamchu.supervision.Supervisions;

/**
 * The office pages of the people's supervision: the overview (notices, figures, plans, recommendations), a plan, a
 * supervision with its steps and recommendations, and a recommendation with its answer and assessment. Errors are
 * shown next to the field that caused them ({@code errorField}, {@code errorMessage}).
 */
@Controller
@RequestMapping("/office/supervision")
@PreAuthorize("hasAnyAuthority('SUPERVISION_MANAGE', 'INSPECTION_BOARD_WORK', 'CASE_APPROVE', 'REPORT_READ')")
class SupervisionPages {

    private final Supervisions supervisions;
    private final Recommendations recommendations;
    private final SupervisionFigures figures;
    private final CurrentActor currentActor;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final Clock clock;

    SupervisionPages(Supervisions supervisions, Recommendations recommendations, SupervisionFigures figures,
                     CurrentActor currentActor, OrgDirectory org, MessageSource messages, Clock clock) {
        this.supervisions = supervisions;
        this.recommendations = recommendations;
        this.figures = figures;
        this.currentActor = currentActor;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String index(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 Model model) {
        Actor actor = currentActor.require();
        SupervisionFigures.Figures f = figures.of(actor, null, from, to);
        model.addAttribute("figures", f);
        model.addAttribute("figureCards", SupervisionViews.cards(f));
        model.addAttribute("plans", supervisions.plans(actor));
        model.addAttribute("recommendations", recommendations.inScope(actor, null, 100));
        model.addAttribute("notices", recommendations.notices(actor, 30));
        model.addAttribute("today", LegalTime.today(clock));
        model.addAttribute("bodies", bodies(actor));
        model.addAttribute("nextYear", LegalTime.today(clock).getYear() + 1);
        return "supervision/index";
    }

    @PostMapping("/plans")
    String createPlan(@RequestParam(required = false) SupervisionBody body,
                      @RequestParam(required = false) Integer year, @RequestParam(required = false) String title,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
                      @RequestParam(defaultValue = "false") boolean published, Model model,
                      HttpServletResponse response) {
        Actor actor = currentActor.require();
        return attempt(model, response, "plan", () -> {
            SupervisionBody b = body == null ? SupervisionBody.FRONT : body;
            UnitId owner = supervisions.ownUnit(actor, b)
                    .orElseThrow(() -> DomainException.invalid("supervision.error.ownerMissing"));
            Supervisions.Plan plan = supervisions.createPlan(actor, b, owner, year == null ? 0 : year, title,
                    adoptedOn, published);
            return "redirect:/office/supervision/plans/" + plan.id();
        }, () -> index(null, null, model));
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        Supervisions.Plan plan = supervisions.plan(actor, id);
        model.addAttribute("plan", plan);
        model.addAttribute("supervisions", supervisions.ofPlan(actor, id));
        model.addAttribute("units", units(actor));
        model.addAttribute("mayAct", Supervisions.mayActFor(actor, plan.body()));
        return "supervision/plan";
    }

    @PostMapping("/plans/{id}/supervisions")
    String add(@PathVariable UUID id, @RequestParam(required = false) UUID leadingUnitId,
               @RequestParam(required = false) Supervision.Role role,
               @RequestParam(required = false) Supervision.Form form, @RequestParam(required = false) String title,
               @RequestParam(required = false) String topic, @RequestParam(required = false) UUID subjectUnitId,
               @RequestParam(required = false) String subjectPeople, @RequestParam(required = false) String team,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sessionOn,
               Model model, HttpServletResponse response) {
        Actor actor = currentActor.require();
        return attempt(model, response, "supervision", () -> {
            Supervision s = supervisions.add(actor, id, new Supervisions.NewSupervision(
                    leadingUnitId == null ? null : new UnitId(leadingUnitId), role, form, title, topic,
                    subjectUnitId == null ? null : new UnitId(subjectUnitId), subjectPeople, team, sessionOn));
            return "redirect:/office/supervision/" + s.id();
        }, () -> plan(id, model));
    }

    @GetMapping("/{id}")
    String supervision(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        Supervision s = supervisions.supervision(actor, id);
        model.addAttribute("s", s);
        model.addAttribute("deadlines", SupervisionViews.deadlines(recommendations.deadlines(), s));
        model.addAttribute("recommendations", recommendations.inScope(actor, id, 200));
        model.addAttribute("units", units(actor));
        model.addAttribute("today", LegalTime.today(clock));
        model.addAttribute("mayAct", Supervisions.mayActFor(actor, s.body()));
        model.addAttribute("follows", supervisions.follows(actor, id).orElse(null));
        return "supervision/supervision";
    }

    @PostMapping("/{id}/steps")
    String step(@PathVariable UUID id, @RequestParam(required = false) Supervisions.Step step,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam(required = false) String text, @RequestParam(required = false) Integer progress,
                Model model, HttpServletResponse response) {
        Actor actor = currentActor.require();
        return attempt(model, response, "step-" + step, () -> {
            if (step == null) {
                throw DomainException.invalid("supervision.error.stepMissing");
            }
            supervisions.step(actor, id, step, date, text, progress);
            return "redirect:/office/supervision/" + id + "#steps";
        }, () -> supervision(id, model));
    }

    @PostMapping("/{id}/recommendations")
    String recommend(@PathVariable UUID id, @RequestParam(required = false) UUID addressedUnitId,
                     @RequestParam(required = false) String text,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
                     Model model, HttpServletResponse response) {
        Actor actor = currentActor.require();
        return attempt(model, response, "recommendation", () -> {
            Recommendation r = supervisions.recommend(actor, id,
                    addressedUnitId == null ? null : new UnitId(addressedUnitId), text, sentOn);
            return "redirect:/office/supervision/recommendations/" + r.id();
        }, () -> supervision(id, model));
    }

    @GetMapping("/recommendations/{id}")
    String recommendation(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        Recommendation r = recommendations.visible(actor, id);
        model.addAttribute("r", r);
        model.addAttribute("today", LegalTime.today(clock));
        model.addAttribute("mayAnswer", r.status() == Recommendation.Status.AWAITING
                && actor.can(Permission.CASE_APPROVE) && currentActor.canSee(actor.tenantId(), r.addressedUnitId()));
        boolean issuer = Supervisions.mayActFor(actor, r.source())
                && currentActor.canSee(actor.tenantId(), r.issuingUnitId());
        model.addAttribute("mayAssess", issuer && r.status() == Recommendation.Status.ANSWERED);
        model.addAttribute("mayOpenCase", issuer && r.caseId() == null && actor.can(Permission.CASE_RECEIVE));
        UUID followUp = supervisions.followUpOf(actor, id).orElse(null);
        model.addAttribute("followUpSupervision", followUp);
        model.addAttribute("mayFollowUp", issuer && followUp == null && r.status() != Recommendation.Status.AWAITING);
        model.addAttribute("remindDays", RecommendationWatch.REMIND_DAYS_BEFORE);
        return "supervision/recommendation";
    }

    @PostMapping("/recommendations/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam(required = false) String answer,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
                  Model model, HttpServletResponse response) {
        Actor actor = currentActor.require();
        return attempt(model, response, "answer", () -> {
            recommendations.answer(actor, id, answer, answeredOn);
            return "redirect:/office/supervision/recommendations/" + id;
        }, () -> recommendation(id, model));
    }

    @PostMapping("/recommendations/{id}/assessment")
    String assess(@PathVariable UUID id, @RequestParam(required = false) Recommendation.Assessment assessment,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String followUp,
                  Model model, HttpServletResponse response) {
        Actor actor = currentActor.require();
        return attempt(model, response, "assessment", () -> {
            recommendations.assess(actor, id, assessment, reason, followUp);
            return "redirect:/office/supervision/recommendations/" + id;
        }, () -> recommendation(id, model));
    }

    @PostMapping("/recommendations/{id}/follow-up")
    String followUp(@PathVariable UUID id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sessionOn,
                    Model model, HttpServletResponse response) {
        Actor actor = currentActor.require();
        return attempt(model, response, "follow-up", () -> {
            Supervision s = supervisions.followUp(actor, id, sessionOn);
            return "redirect:/office/supervision/" + s.id();
        }, () -> recommendation(id, model));
    }

    @PostMapping("/recommendations/{id}/case")
    String openCase(@PathVariable UUID id, @RequestParam(required = false) String title,
                    @RequestParam(required = false) String body, Model model, HttpServletResponse response) {
        Actor actor = currentActor.require();
        return attempt(model, response, "case", () -> {
            UUID caseId = recommendations.openCase(actor, id, title, body);
            return "redirect:/office/cases/" + caseId;
        }, () -> recommendation(id, model));
    }

    private String attempt(Model model, HttpServletResponse response, String form, Supplier<String> change,
                           Supplier<String> page) {
        return SupervisionViews.attempt(messages, model, response, form, change, page);
    }

    private List<SupervisionBody> bodies(Actor actor) {
        return List.of(SupervisionBody.values()).stream().filter(b -> Supervisions.mayActFor(actor, b))
                .filter(b -> supervisions.ownUnit(actor, b).isPresent()).toList();
    }

    private List<Map.Entry<UnitId, String>> units(Actor actor) {
        return SupervisionViews.units(org, actor);
    }
}
