package vn.lamchu.rules.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.lamchu.rules.DayRun;
import vn.lamchu.rules.Deadline;
import vn.lamchu.rules.DeadlineExplanation;
import vn.lamchu.rules.PeriodUnit;
import vn.lamchu.rules.Rule;
import vn.lamchu.rules.RuleArea;
import vn.lamchu.rules.RuleVersion;
import vn.lamchu.rules.SkipReason;
import vn.lamchu.rules.Suspension;
import vn.lamchu.rules.Term;
import vn.lamchu.rules.TermKind;
import vn.lamchu.rules.VariantFlag;

/** The JSON shapes of the rules API, built in the caller's language. */
@Component
class RuleViews {

    private final DeadlineTexts texts;

    RuleViews(DeadlineTexts texts) {
        this.texts = texts;
    }

    record RuleJson(String id, RuleArea area, String areaName, String name, String trigger, String publicLabel,
                    boolean hasUnconfirmedVersion, List<VersionJson> versions) {
    }

    record VersionJson(int number, LocalDate validFrom, LocalDate validTo, boolean inForceToday, String source,
                       String confidence, String confidenceText, boolean configurable, String note,
                       List<TermJson> terms) {
    }

    record TermJson(List<String> variant, String variantText, TermKind kind, Integer amount, PeriodUnit unit,
                    String fixedDate, boolean fixedDateExclusive, int extensionsAllowed, int extensionAmount,
                    String text) {
    }

    record DeadlineJson(String ruleId, String ruleName, String trigger, LocalDate start, LocalDate versionDate,
                        LocalDate dueDate, String dueDateText, VersionJson version, TermJson term, List<String> flags,
                        int extensions, List<Suspension> suspensions, ExplanationJson explanation) {
    }

    record ExplanationJson(LocalDate trigger, LocalDate firstCountedDay, int unitsCounted, LocalDate lastDayOfPeriod,
                           List<RunJson> skipped, long daysOffSkipped, long suspendedDays, List<RunJson> countedDaysOff,
                           List<RunJson> workedWeekendDays, ShiftJson shift, LocalDate periodStart,
                           LocalDate periodEnd, List<String> steps) {
    }

    record RunJson(LocalDate from, LocalDate to, long days, SkipReason reason, String name, String source,
                   String text) {
    }

    record ShiftJson(LocalDate from, LocalDate to, DeadlineExplanation.Direction direction, List<RunJson> daysOff,
                     String citation) {
    }

    RuleJson rule(Rule rule, LocalDate today, Locale locale) {
        return new RuleJson(rule.id(), rule.area(), texts.text(locale, "rules.area." + rule.area().name()),
                rule.name(locale), rule.trigger(locale), rule.publicLabel(locale), rule.hasConfigurableVersion(),
                rule.versions().stream().map(v -> version(v, today, locale)).toList());
    }

    VersionJson version(RuleVersion version, LocalDate today, Locale locale) {
        List<TermJson> terms = version.terms().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(VariantFlag.ORDER))
                .map(e -> term(e.getKey(), e.getValue(), locale))
                .toList();
        return new VersionJson(version.number(), version.validFrom(), version.validTo(), version.inForceOn(today),
                version.source(), version.confidence().tag(), texts.confidence(version, locale), version.configurable(),
                version.note(), terms);
    }

    TermJson term(Set<VariantFlag> flags, Term term, Locale locale) {
        return new TermJson(flags.stream().sorted().map(VariantFlag::code).toList(), texts.variant(flags, locale),
                term.kind(), term.kind() == TermKind.BY_FIXED_DATE ? null : term.amount(), term.unit(),
                term.fixedDate() == null ? null : texts.fixedDate(term), term.fixedDateExclusive(),
                term.extensionsAllowed(), term.extensionAmount(), texts.term(term, locale));
    }

    DeadlineJson deadline(Rule rule, Deadline deadline, LocalDate versionDate, LocalDate today, Locale locale) {
        DeadlineExplanation why = deadline.explanation();
        ShiftJson shift = why.shift() == null ? null : new ShiftJson(why.shift().from(), why.shift().to(),
                why.shift().direction(), runs(why.shift().daysOff(), locale),
                texts.text(locale, "rules.citation.shift." + why.shift().direction().name()));
        ExplanationJson explanation = new ExplanationJson(why.trigger(), why.firstCountedDay(), why.unitsCounted(),
                why.lastDayOfPeriod(), runs(why.skipped(), locale), why.daysOffSkipped(), why.suspendedDays(),
                runs(why.countedDaysOff(), locale), runs(why.workedWeekendDays(), locale), shift, why.periodStart(),
                why.periodEnd(), texts.steps(rule, deadline, versionDate, locale));
        return new DeadlineJson(rule.id(), rule.name(locale), rule.trigger(locale), deadline.start(), versionDate,
                deadline.due(), texts.longDate(deadline.due(), locale), version(deadline.version(), today, locale),
                term(deadline.flags(), deadline.term(), locale),
                deadline.flags().stream().sorted().map(VariantFlag::code).toList(), deadline.extensions(),
                deadline.suspensions(), explanation);
    }

    private List<RunJson> runs(List<DayRun> runs, Locale locale) {
        return runs.stream().map(r -> new RunJson(r.from(), r.to(), r.days(), r.reason(), r.name(), r.source(),
                texts.run(r, locale))).toList();
    }
}
