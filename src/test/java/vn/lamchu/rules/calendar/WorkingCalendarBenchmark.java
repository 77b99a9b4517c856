package vn.lamchu.rules.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a deadline costs on the working-day calendar, once its years are loaded: a due date ("n working days after
 * receipt"), the check whether a day is a working day, and the count of working days between two dates, for random
 * dates of 2000–2040 and periods of 1–90 working days. Not part of the build; run with
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main WorkingCalendarBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingCalendarBenchmark {

    private static final int SAMPLES = 1 << 16;

    private CachedWorkingCalendar calendar;
    private final LocalDate[] dates = new LocalDate[SAMPLES];
    private final int[] periods = new int[SAMPLES];
    private int next;

    @Setup
    public void setUp() {
        calendar = new CachedWorkingCalendar(new CachedWorkingCalendarTests.FakeStore(), new HolidayDefaults(List.of()));
        SplittableRandom random = new SplittableRandom(42);
        long from = LocalDate.of(2000, 1, 1).toEpochDay();
        long to = LocalDate.of(2040, 12, 31).toEpochDay();
        for (int i = 0; i < SAMPLES; i++) {
            dates[i] = LocalDate.ofEpochDay(random.nextLong(from, to));
            periods[i] = random.nextInt(1, 91);
        }
        for (int year = 2000; year <= 2041; year++) {
            calendar.day(LocalDate.of(year, 1, 1)); // load the years, as a running node has them
        }
    }

    private int sample() {
        return next = (next + 1) & (SAMPLES - 1);
    }

    @Benchmark
    public LocalDate dueDate() {
        int i = sample();
        return calendar.plusWorkingDays(dates[i], periods[i]);
    }

    @Benchmark
    public boolean isWorkingDay() {
        return calendar.isWorkingDay(dates[sample()]);
    }

    @Benchmark
    public int workingDaysBetween() {
        int i = sample();
        return calendar.countWorkingDays(dates[i], dates[i].plusDays(periods[i] * 2L));
    }
}
