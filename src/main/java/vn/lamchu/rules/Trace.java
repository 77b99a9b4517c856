package vn.lamchu.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** What the calculator saw on its way, when an explanation is wanted; the hot path runs without one. */
final class Trace {

    final Runs skipped = new Runs();
    final Runs countedDaysOff = new Runs();
    final Runs workedWeekendDays = new Runs();
    LocalDate firstCountedDay;
    int unitsCounted;
    LocalDate lastDayOfPeriod;
    DeadlineExplanation.Shift shift;
    LocalDate periodStart;
    LocalDate periodEnd;

    DeadlineExplanation explanation(LocalDate trigger) {
        return new DeadlineExplanation(trigger, firstCountedDay, unitsCounted, lastDayOfPeriod, skipped.list(),
                countedDaysOff.list(), workedWeekendDays.list(), shift, periodStart, periodEnd);
    }

    /** Runs of days, merged as days are added one at a time (forwards or backwards). */
    static final class Runs {
        private final List<DayRun> runs = new ArrayList<>();

        void add(LocalDate day, SkipReason reason, String name, String source) {
            if (!runs.isEmpty()) {
                DayRun last = runs.get(runs.size() - 1);
                boolean same = last.reason() == reason && Objects.equals(last.name(), name)
                        && Objects.equals(last.source(), source);
                if (same && last.to().plusDays(1).equals(day)) {
                    runs.set(runs.size() - 1, new DayRun(last.from(), day, reason, name, source));
                    return;
                }
                if (same && last.from().minusDays(1).equals(day)) {
                    runs.set(runs.size() - 1, new DayRun(day, last.to(), reason, name, source));
                    return;
                }
            }
            runs.add(new DayRun(day, day, reason, name, source));
        }

        void add(CalendarDay day) {
            add(day.date(), SkipReason.of(day.kind()), day.name(), day.source());
        }

        List<DayRun> list() {
            List<DayRun> sorted = new ArrayList<>(runs);
            sorted.sort((a, b) -> a.from().compareTo(b.from()));
            return Collections.unmodifiableList(sorted);
        }
    }
}
