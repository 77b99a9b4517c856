package vn.lamchu.reception.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.cases.CaseIntake;
import vn.lamchu.reception.ReceptionSchedules;
import vn.lamchu.shared.LegalTime;

/** Public: the posted reception days (Luật Tiếp công dân 2013, Điều 24), no account needed. */
@RestController
@Tag(name = "Cổng công dân / Public portal")
class PublicReceptionApi {

    static final int DEFAULT_DAYS = 62;

    private final ReceptionSchedules schedules;
    private final CaseIntake intake;
    private final Clock clock;

    PublicReceptionApi(ReceptionSchedules schedules, CaseIntake intake, Clock clock) {
        this.schedules = schedules;
        this.intake = intake;
        this.clock = clock;
    }

    @GetMapping("/api/v1/public/reception/schedule")
    @Operation(summary = "Lịch tiếp công dân đã niêm yết của lãnh đạo (mặc định: từ hôm nay, 62 ngày)")
    List<ReceptionSchedules.PublicDay> schedule(
            @RequestParam(required = false) String tenant,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = from == null ? LegalTime.today(clock) : from;
        return schedules.publicSchedule(intake.publicTenant(tenant), start, to == null ? start.plusDays(DEFAULT_DAYS) : to);
    }
}
