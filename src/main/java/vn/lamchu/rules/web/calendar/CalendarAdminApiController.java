package vn.lamchu.rules.web.calendar;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lamchu.rules.DayKind;
import vn.lamchu.rules.calendar.CalendarAdministration;

/**
 * Changes to the calendar by administrators (permission {@code RULES_MANAGE}, personal API token). Every change
 * quotes the version of the year it was read at (from {@code GET /api/v1/rules/calendar/{year}}); a stale version
 * is answered 409. Errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/v1/admin/calendar")
@PreAuthorize("hasAuthority('RULES_MANAGE')")
class CalendarAdminApiController {

    static final String KINDS = "PUBLIC_HOLIDAY|COMPENSATORY_DAY_OFF|SWAPPED_DAY_OFF|WORKING_DAY";

    private final CalendarAdministration administration;

    CalendarAdminApiController(CalendarAdministration administration) {
        this.administration = administration;
    }

    /**
     * A special day to store.
     *
     * @param kind    PUBLIC_HOLIDAY, COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF (weekdays) or WORKING_DAY (a worked
     *                Saturday or Sunday)
     * @param name    what the day is, in Vietnamese
     * @param source  its legal basis (law article or announcement)
     * @param version the year's version the change is based on (0 for a computed default)
     */
    record DayRequest(
            @NotBlank(message = "{calendar.validation.kind}") @Pattern(regexp = KINDS, message = "{calendar.validation.kind}") String kind,
            @NotBlank(message = "{calendar.validation.name}") @Size(max = CalendarAdministration.NAME_MAX, message = "{calendar.validation.name}") String name,
            @NotBlank(message = "{calendar.validation.source}") @Size(max = CalendarAdministration.SOURCE_MAX, message = "{calendar.validation.source}") String source,
            @NotNull(message = "{calendar.validation.version}") @PositiveOrZero(message = "{calendar.validation.version}") Long version) {
    }

    /** The announcement a year's list follows, and the version it is based on. */
    record AnnouncementRequest(
            @NotBlank(message = "{calendar.validation.legalBasis}") @Size(max = CalendarAdministration.SOURCE_MAX, message = "{calendar.validation.legalBasis}") String legalBasis,
            @NotNull(message = "{calendar.validation.version}") @PositiveOrZero(message = "{calendar.validation.version}") Long version) {
    }

    /** Adds the special day on {@code date}, or changes it. Answers the year as it now is. */
    @PutMapping("/{year}/days/{date}")
    CalendarJson.Year putDay(@PathVariable int year,
                             @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                             @Valid @RequestBody DayRequest request) {
        return CalendarJson.Year.of(administration.putDay(year, request.version(), date, DayKind.valueOf(request.kind()),
                request.name(), request.source()));
    }

    /** Removes the special day on {@code date}. Answers the year as it now is. */
    @DeleteMapping("/{year}/days/{date}")
    CalendarJson.Year deleteDay(@PathVariable int year,
                                @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                @RequestParam long version) {
        return CalendarJson.Year.of(administration.removeDay(year, version, date));
    }

    /** Marks the year's list as the government's announcement. */
    @PutMapping("/{year}/announcement")
    CalendarJson.Year announce(@PathVariable int year, @Valid @RequestBody AnnouncementRequest request) {
        return CalendarJson.Year.of(administration.announce(year, request.version(), request.legalBasis()));
    }
}
