package vn.lamchu.rules.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.MultiValueMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.rules.Deadline;
import vn.lamchu.rules.DeadlineRequest;
import vn.lamchu.rules.Rule;
import vn.lamchu.rules.RuleCatalog;
import vn.lamchu.shared.LegalTime;

/**
 * The legal deadline rules and the deadline calculator, open to everyone (a public API path). Errors are RFC 9457
 * problem details in the caller's language: 404 for an unknown rule, 400 for a bad date, an unknown variant, too many
 * extensions, or a date on which no version of the rule was in force.
 */
@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "Rules", description = "Legal deadline rules (RULEBOOK §15.1) and the deadline calculator")
class RulesApiController {

    private final RuleCatalog catalog;
    private final RuleViews views;
    private final Clock clock;

    RulesApiController(RuleCatalog catalog, RuleViews views, Clock clock) {
        this.catalog = catalog;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every rule with its versions")
    List<RuleViews.RuleJson> rules(Locale locale) {
        LocalDate today = LegalTime.today(clock);
        return catalog.rules().stream().map(rule -> views.rule(rule, today, locale)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One rule with its versions")
    RuleViews.RuleJson rule(@PathVariable String id, Locale locale) {
        return views.rule(catalog.rule(id), LegalTime.today(clock), locale);
    }

    @GetMapping("/{id}/deadline")
    @Operation(summary = "The due date of a rule, with its explanation",
            description = "start=YYYY-MM-DD (the event that starts the clock, or the event an act must precede); "
                    + "asOf=YYYY-MM-DD picks the rule version (default: start); variant flags as complex=true, "
                    + "remote=true, veryComplex=true, severalPlaces=true, second=true, dismissal=true, report=true, "
                    + "posting=true, hostNotice=true or variant=complex,remote; extensions=N; "
                    + "suspension=YYYY-MM-DD..YYYY-MM-DD (repeatable) for periods when the clock stopped.")
    RuleViews.DeadlineJson deadline(@PathVariable String id,
                                    @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
                                    Locale locale) {
        Rule rule = catalog.rule(id);
        DeadlineQuery query = DeadlineQuery.parse(params);
        DeadlineRequest request = query.request();
        Deadline deadline = catalog.deadline(rule, request, query.asOf);
        LocalDate versionDate = query.asOf != null ? query.asOf : request.start();
        return views.deadline(rule, deadline, versionDate, LegalTime.today(clock), locale);
    }
}
