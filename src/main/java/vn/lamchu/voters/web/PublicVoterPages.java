package vn.lamchu.voters.web;

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
import vn.lamchu.voters.VoterQueries;

/**
 * For everyone: the schedule of coming voter meetings, and the answers to voters' opinions by commune — the opinion as
 * compiled (never the voter's name), the answering body and the answer — as a portal page and as JSON.
 */
@Controller
@Tag(name = "Công khai / Public")
class PublicVoterPages {

    private final VoterQueries queries;
    private final CaseIntake intake;

    PublicVoterPages(VoterQueries queries, CaseIntake intake) {
        this.queries = queries;
        this.intake = intake;
    }

    @GetMapping("/portal/voters")
    String page(@RequestParam(required = false) String tenant, @RequestParam(required = false) String commune,
                Model model) {
        TenantId t = intake.publicTenant(tenant);
        List<VoterQueries.Commune> communes = queries.communes(t);
        String chosen = commune != null && communes.stream().anyMatch(c -> c.code().equals(commune)) ? commune
                : communes.isEmpty() ? null : communes.get(0).code();
        model.addAttribute("tenant", tenant);
        model.addAttribute("schedule", queries.schedule(t));
        model.addAttribute("communes", communes);
        model.addAttribute("commune", chosen);
        model.addAttribute("opinions", chosen == null ? List.of() : queries.publicOpinions(t, chosen));
        return "voters/portal";
    }

    @GetMapping("/api/v1/public/voters/meetings")
    @ResponseBody
    @Operation(summary = "Lịch các hội nghị tiếp xúc cử tri sắp tới")
    List<VoterQueries.ScheduledMeeting> schedule(@RequestParam(required = false) String tenant) {
        return queries.schedule(intake.publicTenant(tenant));
    }

    @GetMapping("/api/v1/public/voters/opinions")
    @ResponseBody
    @Operation(summary = "Ý kiến, kiến nghị của cử tri và kết quả trả lời, theo xã/phường (mã đơn vị; để trống: tất cả)")
    List<VoterQueries.PublicOpinion> opinions(@RequestParam(required = false) String tenant,
                                              @RequestParam(required = false) String commune) {
        return queries.publicOpinions(intake.publicTenant(tenant), commune);
    }
}
