package vn.lamchu.reception.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
    String schedule(Model model) {
        LocalDate today = LegalTime.today(clock);
        model.addAttribute("days", schedules.publicSchedule(intake.publicTenant(null), today,
                today.plusDays(PublicReceptionApi.DEFAULT_DAYS)));
        return "reception/portal";
    }
}
