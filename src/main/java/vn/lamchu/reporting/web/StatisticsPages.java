package vn.lamchu.reporting.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.lamchu.cases.CaseCategories;
import vn.lamchu.org.Unit;
import vn.lamchu.reporting.CaseStatistics;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;

/**
 * The statistics page ({@code /office/statistics}): a unit in one's scope, a year and optionally a quarter; tables of
 * the figures by content kind, channel and category. Staff who receive, handle or approve cases and those who read
 * reports reach it; what they see is limited to their unit's subtree.
 */
@Controller
@PreAuthorize(StatisticsPages.CAN_READ)
class StatisticsPages {

    static final String CAN_READ = "hasAnyAuthority('CASE_RECEIVE', 'CASE_HANDLE', 'CASE_APPROVE', 'REPORT_READ')";

    /** A figure shown as a card; {@code alert}: shown in red when not zero. */
    record Card(String id, String label, long value, boolean alert) {
    }

    /** A row with its label for the page. */
    record LabelledRow(String label, CaseStatistics.Row row) {
    }

    private final CaseStatistics statistics;
    private final CaseCategories categories;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    StatisticsPages(CaseStatistics statistics, CaseCategories categories, CurrentActor currentActor,
                    MessageSource messages) {
        this.statistics = statistics;
        this.categories = categories;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/office/statistics")
    String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String year,
                @RequestParam(required = false) String quarter, Model model, Locale locale) {
        Actor actor = currentActor.require();
        Unit chosen = statistics.unit(actor, unit);
        int thisYear = statistics.today().getYear();
        model.addAttribute("choices", statistics.pickable(actor));
        model.addAttribute("chosen", chosen);
        model.addAttribute("years", IntStream.rangeClosed(0, 9).map(i -> thisYear - i).boxed().toList());
        model.addAttribute("yearText", year == null ? String.valueOf(thisYear) : year);
        model.addAttribute("quarterText", quarter == null ? "" : quarter);
        CaseStatistics.Period period;
        try {
            period = CaseStatistics.Period.of(number(year), number(quarter), null, statistics.today());
        } catch (DomainException e) {
            model.addAttribute("periodError", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "reporting/statistics";
        }
        CaseStatistics.Figures figures = statistics.of(actor, chosen, period);
        model.addAttribute("figures", figures);
        CaseStatistics.Row t = figures.total();
        model.addAttribute("cards", List.of(new Card("stat-received", "reporting.received", t.received(), false),
                new Card("stat-closed", "reporting.closed", t.closed(), false),
                new Card("stat-on-time", "reporting.onTime", t.closedOnTime(), false),
                new Card("stat-late", "reporting.late", t.closedLate(), true),
                new Card("stat-open", "reporting.open", t.openAtEnd(), false),
                new Card("stat-overdue", "reporting.overdue", t.overdueAtEnd(), true)));
        model.addAttribute("byKind", figures.byKind().stream()
                .map(r -> new LabelledRow(label("cases.kind." + r.value(), r.value(), locale), r)).toList());
        model.addAttribute("byChannel", figures.byChannel().stream()
                .map(r -> new LabelledRow(label("cases.channel." + r.value(), r.value(), locale), r)).toList());
        model.addAttribute("byCategory", figures.byCategory().stream()
                .map(r -> new LabelledRow(category(actor, r.value(), locale), r)).toList());
        return "reporting/statistics";
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("reporting.error.number");
        }
    }

    private String label(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private String category(Actor actor, String code, Locale locale) {
        if (code == null || code.isEmpty()) {
            return messages.getMessage("reporting.category.none", null, locale);
        }
        return categories.find(actor.tenantId(), code).map(c -> c.name(locale)).orElse(code);
    }
}
