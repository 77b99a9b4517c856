package vn.lamchu.reporting.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.reporting.CaseStatistics;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;

/** Case statistics over the REST API; bad input gives an RFC 9457 problem (400, or 404 outside one's scope). */
@RestController
@PreAuthorize(StatisticsPages.CAN_READ)
@Tag(name = "Thống kê / Statistics")
class StatisticsApi {

    private final CaseStatistics statistics;
    private final CurrentActor currentActor;

    StatisticsApi(CaseStatistics statistics, CurrentActor currentActor) {
        this.statistics = statistics;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/statistics/cases")
    @Operation(summary = "Case figures for a unit's subtree and a year (or one quarter or month of it)",
            description = "unit: id or code (default: your unit); year: default this year; quarter 1–4 or month 1–12")
    CaseStatistics.Figures cases(@RequestParam(required = false) String unit,
                                 @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) Integer quarter,
                                 @RequestParam(required = false) Integer month) {
        Actor actor = currentActor.require();
        var period = CaseStatistics.Period.of(year, quarter, month, statistics.today());
        return statistics.of(actor, statistics.unit(actor, unit), period);
    }
}
