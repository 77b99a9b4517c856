package vn.lamchu.reception.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.lamchu.cases.CaseIntake;
import vn.lamchu.reception.ReceptionSchedules;
import vn.lamchu.shared.LegalTime;

/** The public page of the posted reception days (Luật Tiếp công dân 2013, Điều 24). */
@Controller
class PortalReceptionPage {

    private final ReceptionSchedules schedules;
    private final CaseIntake intake;
    private final Clock clock;

    PortalReceptionPage(ReceptionSchedules schedules, CaseIntake intake, Clock clock) {
        this.schedules = schedules;
        this.intake = intake;
        this.clock = clock;
    }

    @GetMapping("/portal/reception")
    String schedule(@RequestParam(required = false) String commune, Model model) {
        LocalDate today = LegalTime.today(clock);
        List<ReceptionSchedules.PublicDay> days = schedules.publicSchedule(intake.publicTenant(null), today,
                today.plusDays(PublicReceptionApi.DEFAULT_DAYS));
        model.addAttribute("communes", days.stream().map(ReceptionSchedules.PublicDay::communeName).distinct()
                .sorted().toList());
        model.addAttribute("commune", commune);
        model.addAttribute("days", commune == null || commune.isBlank() ? days
                : days.stream().filter(d -> d.communeName().equals(commune)).toList());
        return "reception/portal";
    }
}
