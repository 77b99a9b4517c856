package vn.lamchu.rules.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.lamchu.rules.DateText;
import vn.lamchu.rules.DayRun;
import vn.lamchu.rules.Deadline;
import vn.lamchu.rules.DeadlineExplanation;
import vn.lamchu.rules.PeriodUnit;
import vn.lamchu.rules.Rule;
import vn.lamchu.rules.RuleVersion;
import vn.lamchu.rules.SkipReason;
import vn.lamchu.rules.Term;
import vn.lamchu.rules.TermKind;
import vn.lamchu.rules.VariantFlag;

/**
 * Deadlines and rules in words, in the visitor's language (bundle {@code i18n/rules}): the due date as Vietnamese
 * documents write it ("Thứ Hai, 23/02/2026"), a term ("30 ngày", "ít nhất 5 ngày làm việc trước"), and the step-by-step
 * explanation with its citations, as a legal officer would check it.
 */
@Component
public class DeadlineTexts {

    private final MessageSource messages;

    DeadlineTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** "Thứ Hai, 23/02/2026" / "Monday, 23 February 2026". */
    public String longDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        String weekday = text(locale, "rules.weekday." + date.getDayOfWeek().getValue());
        String day = DateTimeFormatter.ofPattern(text(locale, "rules.date.pattern"), locale).format(date);
        return weekday + ", " + day;
    }

    public String date(LocalDate date) {
        return DateText.of(date);
    }

    /** "30 ngày", "10 ngày làm việc", "3 tháng". */
    public String amount(int amount, PeriodUnit unit, Locale locale) {
        return text(locale, "rules.unit." + unit.name(), amount);
    }

    /** A term in words, with its extensions: "30 ngày, gia hạn tối đa 2 lần, mỗi lần không quá 30 ngày". */
    public String term(Term term, Locale locale) {
        String text = switch (term.kind()) {
            case WITHIN -> amount(term.amount(), term.unit(), locale);
            case AT_LEAST_BEFORE -> text(locale, "rules.term.AT_LEAST_BEFORE", amount(term.amount(), term.unit(), locale));
            case AT_LEAST_LASTING -> text(locale, "rules.term.AT_LEAST_LASTING", amount(term.amount(), term.unit(), locale));
            case BY_FIXED_DATE -> text(locale, term.fixedDateExclusive() ? "rules.term.BY_FIXED_DATE.before"
                    : "rules.term.BY_FIXED_DATE.by", fixedDate(term));
            case AT_LEAST_PER_PERIOD -> text(locale, "rules.term.AT_LEAST_PER_PERIOD." + term.unit().name(), term.amount());
        };
        if (term.extensionsAllowed() > 0) {
            text += text(locale, "rules.term.extensions", term.extensionsAllowed(),
                    amount(term.extensionAmount(), term.unit(), locale));
        }
        return text;
    }

    /** "31/12". */
    public String fixedDate(Term term) {
        return term.fixedDate() == null ? "" : String.format("%02d/%02d", term.fixedDate().getDayOfMonth(),
                term.fixedDate().getMonthValue());
    }

    /** "Vụ việc phức tạp, Vùng sâu, vùng xa" or "Trường hợp thông thường". */
    public String variant(Set<VariantFlag> flags, Locale locale) {
        if (flags.isEmpty()) {
            return text(locale, "rules.variant.ordinary");
        }
        return flags.stream().sorted().map(f -> text(locale, "rules.variant." + f.code())).collect(Collectors.joining(", "));
    }

    /** Every term of a version in words: "30 ngày; vụ việc phức tạp: 45 ngày; …". */
    public String terms(RuleVersion version, Locale locale) {
        List<String> parts = new ArrayList<>();
        parts.add(term(version.base(), locale));
        version.terms().entrySet().stream()
                .filter(e -> !e.getKey().isEmpty())
                .sorted(Map.Entry.comparingByKey(VariantFlag.ORDER))
                .forEach(e -> parts.add(variant(e.getKey(), locale) + ": " + term(e.getValue(), locale)));
        return String.join("; ", parts);
    }

    public String confidence(RuleVersion version, Locale locale) {
        return text(locale, "rules.confidence." + version.confidence().tag());
    }

    /** "16/02/2026–20/02/2026: Tết Nguyên đán (Bộ luật Lao động 2019, Điều 112)". */
    public String run(DayRun run, Locale locale) {
        String dates = run.days() == 1 ? date(run.from()) : date(run.from()) + "–" + date(run.to());
        String why = run.name() != null ? run.name() : run.reason() == null ? "" : text(locale, "rules.skip." + run.reason().name());
        if (run.source() != null) {
            why += " (" + run.source() + ")";
        }
        return dates + ": " + why;
    }

    /** The steps of the explanation, each a sentence with its citation. */
    public List<String> steps(Rule rule, Deadline deadline, LocalDate versionDate, Locale locale) {
        List<String> steps = new ArrayList<>();
        RuleVersion version = deadline.version();
        DeadlineExplanation why = deadline.explanation();
        String validity = version.validTo() == null ? text(locale, "rules.step.validOpen", date(version.validFrom()))
                : text(locale, "rules.step.validClosed", date(version.validFrom()), date(version.validTo().minusDays(1)));
        steps.add(text(locale, "rules.step.version", rule.id(), rule.name(locale), version.number(), validity,
                version.source(), confidence(version, locale)));
        steps.add(text(locale, "rules.step.versionDate", date(versionDate), rule.trigger(locale)));
        if (version.configurable() || version.confidence().unconfirmed()) {
            steps.add(text(locale, "rules.step.unconfirmed"));
        }
        Term term = deadline.term();
        steps.add(text(locale, "rules.step.term", variant(deadline.flags(), locale), term(term, locale)));
        if (deadline.extensions() > 0) {
            steps.add(text(locale, "rules.step.extensions", deadline.extensions(),
                    amount(term.extensionAmount(), term.unit(), locale),
                    amount(term.amountWith(deadline.extensions()), term.unit(), locale)));
        }
        switch (term.kind()) {
            case WITHIN -> within(steps, deadline, term, why, locale);
            case AT_LEAST_BEFORE -> {
                steps.add(text(locale, "rules.step.before", longDate(deadline.start(), locale),
                        amount(why.unitsCounted(), term.unit(), locale), date(why.lastDayOfPeriod())));
                skipped(steps, why, locale);
                shift(steps, why, locale);
                steps.add(text(locale, "rules.step.end.before", longDate(deadline.due(), locale)));
            }
            case AT_LEAST_LASTING -> steps.add(text(locale, "rules.step.lasting", date(deadline.start()),
                    amount(why.unitsCounted(), term.unit(), locale), date(why.firstCountedDay()),
                    longDate(deadline.due(), locale)));
            case BY_FIXED_DATE -> {
                steps.add(text(locale, term.fixedDateExclusive() ? "rules.step.fixed.before" : "rules.step.fixed.by",
                        fixedDate(term), deadline.start().getYear(), date(why.lastDayOfPeriod())));
                shift(steps, why, locale);
                steps.add(text(locale, "rules.step.end.before", longDate(deadline.due(), locale)));
            }
            case AT_LEAST_PER_PERIOD -> {
                steps.add(text(locale, "rules.step.period", term(term, locale), date(why.periodStart()),
                        date(why.periodEnd())));
                shift(steps, why, locale);
                steps.add(text(locale, "rules.step.end.period", longDate(deadline.due(), locale)));
            }
        }
        return steps;
    }

    private void within(List<String> steps, Deadline deadline, Term term, DeadlineExplanation why, Locale locale) {
        steps.add(text(locale, "rules.step.start", date(deadline.start()), date(why.firstCountedDay())));
        String count = amount(why.unitsCounted(), term.unit(), locale);
        steps.add(text(locale, "rules.step.count." + term.unit().name(), count, date(why.lastDayOfPeriod())));
        skipped(steps, why, locale);
        if (!why.countedDaysOff().isEmpty()) {
            steps.add(text(locale, "rules.step.countedDaysOff", runs(why.countedDaysOff(), locale)));
        }
        shift(steps, why, locale);
        steps.add(text(locale, "rules.step.end", longDate(deadline.due(), locale)));
    }

    private void skipped(List<String> steps, DeadlineExplanation why, Locale locale) {
        List<DayRun> suspended = why.skipped().stream().filter(r -> r.reason() == SkipReason.SUSPENDED).toList();
        List<DayRun> named = why.skipped().stream()
                .filter(r -> r.reason() != SkipReason.SUSPENDED && r.reason() != SkipReason.WEEKEND).toList();
        long weekendDays = why.skipped().stream().filter(r -> r.reason() == SkipReason.WEEKEND).mapToLong(DayRun::days).sum();
        if (weekendDays > 0 || !named.isEmpty()) {
            String list = named.isEmpty() ? "" : runs(named, locale);
            steps.add(named.isEmpty() ? text(locale, "rules.step.skipped.weekends", weekendDays)
                    : weekendDays == 0 ? text(locale, "rules.step.skipped.named", list)
                    : text(locale, "rules.step.skipped", list, weekendDays));
        }
        if (!why.workedWeekendDays().isEmpty()) {
            steps.add(text(locale, "rules.step.workedWeekend", runs(why.workedWeekendDays(), locale)));
        }
        if (!suspended.isEmpty()) {
            steps.add(text(locale, "rules.step.suspended", runs(suspended, locale), why.suspendedDays()));
        }
    }

    private void shift(List<String> steps, DeadlineExplanation why, Locale locale) {
        DeadlineExplanation.Shift shift = why.shift();
        if (shift == null) {
            return;
        }
        String key = shift.direction() == DeadlineExplanation.Direction.FORWARD ? "rules.step.shift.forward"
                : "rules.step.shift.backward";
        steps.add(text(locale, key, longDate(shift.from(), locale), runs(shift.daysOff(), locale),
                longDate(shift.to(), locale)));
    }

    private String runs(List<DayRun> runs, Locale locale) {
        return runs.stream().map(r -> run(r, locale)).collect(Collectors.joining("; "));
    }

    String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The kind of a term in words, for the admin forms. */
    public String kind(TermKind kind, Locale locale) {
        return text(locale, "rules.kind." + kind.name());
    }
}
