package vn.lamchu.supervision.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.cases.CaseIntake;
import vn.lamchu.shared.TenantId;
import vn.lamchu.supervision.Recommendation;
import vn.lamchu.supervision.Recommendations;
import vn.lamchu.supervision.Supervision;
import vn.lamchu.supervision.Supervisions;

/**
 * What the people may read of their supervision: published plans (the Front's and the inspection board's) with their
 * supervisions, and the recommendations of concluded supervisions with their answers — on a portal page and as JSON.
 * Only names of bodies appear, never of citizens.
 */
@Controller
@Tag(name = "Công khai / Public")
class SupervisionPortal {

    /** A published plan with its supervisions. */
    record PublicPlan(Supervisions.Plan plan, List<Supervision> supervisions) {
    }

    /** A recommendation as the public sees it: no case link, no staff name. */
    record PublicRecommendation(String code, String supervisionTitle, String issuingUnitName, String addressedUnitName,
                                String text, java.time.LocalDate sentOn, java.time.LocalDate dueOn, String state,
                                String answer, java.time.LocalDate answeredOn, Recommendation.Assessment assessment,
                                String assessmentReason) {
        static PublicRecommendation of(Recommendation r, java.time.LocalDate today) {
            return new PublicRecommendation(r.code(), r.supervisionTitle(), r.issuingUnitName(), r.addressedUnitName(),
                    r.text(), r.sentOn(), r.dueOn(), r.state(today), r.answer(), r.answeredOn(), r.assessment(),
                    r.assessmentReason());
        }
    }

    /** Everything public. */
    record PublicSupervision(List<PublicPlan> plans, List<PublicRecommendation> recommendations) {
    }

    private final Supervisions supervisions;
    private final Recommendations recommendations;
    private final CaseIntake intake;
    private final java.time.Clock clock;

    SupervisionPortal(Supervisions supervisions, Recommendations recommendations, CaseIntake intake,
                      java.time.Clock clock) {
        this.supervisions = supervisions;
        this.recommendations = recommendations;
        this.intake = intake;
        this.clock = clock;
    }

    @GetMapping("/portal/supervision")
    String page(@RequestParam(required = false) String tenant, Model model) {
        model.addAttribute("data", data(intake.publicTenant(tenant)));
        return "supervision/portal";
    }

    @GetMapping("/api/v1/public/supervision")
    @ResponseBody
    @Operation(summary = "Kế hoạch giám sát đã công khai, kiến nghị sau giám sát và trả lời")
    PublicSupervision json(@RequestParam(required = false) String tenant) {
        return data(intake.publicTenant(tenant));
    }

    private PublicSupervision data(TenantId tenant) {
        List<PublicPlan> plans = supervisions.publishedPlans(tenant).stream()
                .map(p -> new PublicPlan(p, supervisions.publishedSupervisions(tenant, p.id()))).toList();
        java.time.LocalDate today = vn.lamchu.shared.LegalTime.today(clock);
        return new PublicSupervision(plans, recommendations.published(tenant, 100).stream()
                .map(r -> PublicRecommendation.of(r, today)).toList());
    }
}
