package vn.lamchu.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.lamchu.cases.CaseCategories;
import vn.lamchu.cases.CaseCategory;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.CaseStatus;
import vn.lamchu.cases.Channel;
import vn.lamchu.cases.CitizenCase;
import vn.lamchu.cases.Competence;
import vn.lamchu.cases.ConflictOfInterest;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.DeadlineWatch;
import vn.lamchu.cases.DecisionKind;
import vn.lamchu.cases.Eligibility;
import vn.lamchu.cases.Signatories;
import vn.lamchu.identity.StaffDirectory;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.rules.Rule;
import vn.lamchu.rules.RuleCatalog;
import vn.lamchu.rules.RuleVersion;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.UnitId;

/** Puts together what the case page shows: the case, its deadline's rule, and the steps open to the actor. */
@Component
class CaseViews {

    /** Where a refusal stands when its form is no longer offered. */
    static final String TOP = "top";

    /** How far back similar letters are looked for. */
    static final int SIMILAR_DAYS = 365;

    /** How close a deadline is, for the badge next to it. */
    enum Badge { NONE, DUE_SOON, OVERDUE }

    /** The rule behind a deadline and where it comes from in law. */
    record RuleInfo(String id, String name, String source, String confidenceTag, boolean unconfirmed,
                    String localCategory, Integer localDays) {
    }

    /** A letter like this one, and whether it may be grouped under it. */
    record SimilarRow(CaseQueries.SimilarCase similar, Badge badge, boolean groupable) {
    }

    /** A refused step: which form asked for it, the field it concerns (if any), and why. */
    record Refusal(String form, String field, String text) {
    }

    private final CaseQueries queries;
    private final CaseCategories categories;
    private final CasePageLookups lookups;
    private final RuleCatalog rules;
    private final StaffDirectory staff;
    private final OrgDirectory org;
    private final DeadlineWatch watch;
    private final Clock clock;
    private final ConflictOfInterest conflicts;

    CaseViews(CaseQueries queries, CaseCategories categories, CasePageLookups lookups, RuleCatalog rules,
              StaffDirectory staff, OrgDirectory org, DeadlineWatch watch, Clock clock, ConflictOfInterest conflicts) {
        this.queries = queries;
        this.categories = categories;
        this.lookups = lookups;
        this.rules = rules;
        this.staff = staff;
        this.org = org;
        this.watch = watch;
        this.clock = clock;
        this.conflicts = conflicts;
    }

    /** How close a deadline is today; no badge for a case that is closed or has no deadline. */
    Badge badge(CaseStatus status, LocalDate dueOn) {
        if (dueOn == null || !status.isOpen()) {
            return Badge.NONE;
        }
        LocalDate today = LegalTime.today(clock);
        if (dueOn.isBefore(today)) {
            return Badge.OVERDUE;
        }
        return dueOn.isAfter(watch.dueSoonHorizon(today)) ? Badge.NONE : Badge.DUE_SOON;
    }

    /**
     * Fills the model of the case page.
     *
     * @throws NotFoundException if the case does not exist or is outside the actor's scope
     */
    CitizenCase fill(Actor actor, UUID id, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        CaseQueries.Detail detail = queries.detail(actor, new CaseId(id));
        CitizenCase c = detail.theCase();
        CaseCategory category = categories.find(actor.tenantId(), c.categoryCode()).orElse(null);
        // never offers the accused or a subordinate (ConflictOfInterest)
        List<StaffDirectory.StaffMember> officers = actor.can(Permission.CASE_APPROVE)
                ? conflicts.withoutConflicted(actor.tenantId(), c.id(),
                        staff.ofUnit(actor.tenantId(), c.handlingUnit(), Permission.CASE_HANDLE)) : List.of();
        CaseActions actions = CaseActions.of(actor, c, officers, category != null && category.regulation(),
                queries.actsOn(actor, c));
        model.addAttribute("detail", detail);
        model.addAttribute("c", c);
        model.addAttribute("badge", badge(c.status(), c.dueOn()));
        model.addAttribute("rule", ruleInfo(c, category, locale));
        model.addAttribute("categoryName", category == null ? null : category.name(locale));
        model.addAttribute("placeName", c.placeUnitId() == null ? null : unitName(actor, c.placeUnitId()));
        model.addAttribute("actions", actions);
        model.addAttribute("similar", queries.similar(actor, c.id(), SIMILAR_DAYS).stream()
                .map(s -> new SimilarRow(s, badge(s.summary().status(), s.summary().dueOn()),
                        actions.group() && CaseActions.canJoin(s.summary().status())
                                && (c.groupId() == null || !c.groupId().equals(s.summary().groupId()))))
                .toList());
        if (c.pending() != null && c.pending().targetUnitId() != null) {
            model.addAttribute("pendingTarget", unitName(actor, c.pending().targetUnitId()));
        }
        if (actions.classify()) {
            model.addAttribute("categories", lookups.activeCategories(actor.tenantId()));
            model.addAttribute("places", lookups.places(actor.tenantId()));
            model.addAttribute("kinds", ContentKind.values());
            model.addAttribute("eligibilities", Eligibility.values());
            model.addAttribute("competences", Competence.values());
            model.addAttribute("signatoryKinds", Signatories.values());
            if (!model.containsAttribute("classifyForm")) {
                model.addAttribute("classifyForm", ClassifyForm.of(c));
            }
        }
        List<DecisionKind> decisions = decisionOrder(actions);
        model.addAttribute("decisionKinds", decisions);
        if (decisions.contains(DecisionKind.FORWARD) || decisions.contains(DecisionKind.CHASE)) {
            model.addAttribute("letterUnits", lookups.letterUnits(actor.tenantId()));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm());
        }
        model.addAttribute("channelInPerson", c.channel().inPerson());
        fillProceeding(actor, c, model, queries.actsOn(actor, c));
        return c;
    }

    /**
     * The procedure's panel: the steps the law opens now that the actor may take (a signed step is signed directly by
     * a leader or proposed by an officer), the grounds and results to pick from, and the units a case may go up to.
     */
    private void fillProceeding(Actor actor, CitizenCase c, Model model, boolean actsHere) {
        vn.lamchu.cases.Proceeding p = c.proceeding();
        if (p == null) {
            return;
        }
        boolean handle = actsHere && actor.can(Permission.CASE_HANDLE);
        boolean leader = actsHere && actor.can(Permission.CASE_APPROVE);
        List<vn.lamchu.cases.ProceedingActKind> open = c.proceedingOptions(LegalTime.today(clock)).stream()
                .filter(k -> k.signed() ? handle || leader : handle).sorted().toList();
        model.addAttribute("proceedingActs", open);
        model.addAttribute("proceedingLeader", leader);
        boolean complaint = p.kind() == vn.lamchu.cases.ProceedingKind.COMPLAINT;
        model.addAttribute("results", complaint ? vn.lamchu.cases.ProceedingGrounds.ComplaintResult.values()
                : vn.lamchu.cases.ProceedingGrounds.DenunciationResult.values());
        model.addAttribute("refusalGrounds", complaint ? vn.lamchu.cases.ProceedingGrounds.ComplaintRefusal.values()
                : vn.lamchu.cases.ProceedingGrounds.DenunciationRefusal.values());
        model.addAttribute("notProcessedGrounds", vn.lamchu.cases.ProceedingGrounds.NotProcessed.values());
        model.addAttribute("terminationGrounds", java.util.Arrays.stream(vn.lamchu.cases.ProceedingGrounds.Termination.values())
                .filter(g -> g.appliesTo(p.kind())).toList());
        if (open.contains(vn.lamchu.cases.ProceedingActKind.APPEAL) || open.contains(vn.lamchu.cases.ProceedingActKind.FURTHER)) {
            model.addAttribute("superiorUnits", lookups.letterUnits(actor.tenantId()));
        }
        if (!model.containsAttribute("actForm")) {
            model.addAttribute("actForm", new ActForm());
        }
    }

    /** Whether the filled page shows the form of this name (so that a refusal can stand next to it). */
    static boolean offers(Model model, String form) {
        CaseActions actions = (CaseActions) model.getAttribute("actions");
        if (form.startsWith("decision-")) {
            @SuppressWarnings("unchecked")
            List<DecisionKind> kinds = (List<DecisionKind>) model.getAttribute("decisionKinds");
            return kinds.stream().anyMatch(k -> form.equals("decision-" + k.name()));
        }
        if (form.startsWith("act-")) {
            @SuppressWarnings("unchecked")
            List<vn.lamchu.cases.ProceedingActKind> acts =
                    (List<vn.lamchu.cases.ProceedingActKind>) model.getAttribute("proceedingActs");
            return acts != null && acts.stream().anyMatch(k -> form.equals("act-" + k.name()));
        }
        if (form.startsWith("group-")) {
            @SuppressWarnings("unchecked")
            List<SimilarRow> similar = (List<SimilarRow>) model.getAttribute("similar");
            return similar.stream().anyMatch(r -> r.groupable()
                    && form.equals("group-" + r.similar().summary().id().value()));
        }
        return switch (form) {
            case "classify" -> actions.classify();
            case "take" -> actions.take();
            case "assign" -> actions.assign();
            case "approve", "sendBack" -> actions.approve();
            case "publish" -> actions.publish();
            case "review" -> actions.review();
            default -> false;
        };
    }

    /** The decisions open to the actor, in the order of the procedure (the enum's order). */
    private static List<DecisionKind> decisionOrder(CaseActions actions) {
        return java.util.Arrays.stream(DecisionKind.values())
                .filter(k -> actions.propose().contains(k) || actions.decide().contains(k)).toList();
    }

    private RuleInfo ruleInfo(CitizenCase c, CaseCategory category, Locale locale) {
        if (c.dueRule() == null) {
            return null;
        }
        Rule rule;
        try {
            rule = rules.rule(c.dueRule());
        } catch (NotFoundException e) {
            return new RuleInfo(c.dueRule(), c.dueRule(), null, null, false, null, null);
        }
        LocalDate asOf = c.takenUpOn() != null ? c.takenUpOn() : c.receivedOn();
        RuleVersion version = rule.versionOn(asOf).orElseGet(() -> rule.current(LegalTime.today(clock)));
        // a category with its own number of days overrides the rule's term (CaseDeadlines): say so
        boolean local = "PAKN-answer".equals(c.dueRule()) && category != null && category.answerDays() != null;
        return new RuleInfo(rule.id(), rule.name(locale), version.source(), version.confidence().tag(),
                version.confidence().unconfirmed(), local ? category.name(locale) : null,
                local ? category.answerDays() : null);
    }

    private String unitName(Actor actor, UUID unit) {
        return org.unit(actor.tenantId(), new UnitId(unit)).map(Unit::name).orElse(null);
    }

    /** The names of the worklist's categories and channels that the page needs besides the rows. */
    Map<String, String> categoryNames(Actor actor) {
        return lookups.categoryNames(actor.tenantId(), LocaleContextHolder.getLocale());
    }

    static boolean staffChannel(Channel channel) {
        return channel != Channel.WEB && channel != Channel.API;
    }
}
