package vn.lamchu.rules.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vn.lamchu.rules.Deadline;
import vn.lamchu.rules.DeadlineCalculator;
import vn.lamchu.rules.DeadlineRequest;
import vn.lamchu.rules.RuleVersion;
import vn.lamchu.rules.WorkingCalendars;

/**
 * JMH: the cost of one deadline over a realistic calendar (the test calendar precomputed into an array for
 * 2015–2040: weekends, Tết, the other public holidays, compensatory days) and a realistic mix of cases
 * ({@link DeadlineCases}). Run with {@link DeadlineBenchmarkMain}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeadlineBenchmark {

    private static final int MASK = 4095;

    private DeadlineCalculator calculator;
    private DeadlineCases cases;
    private RuleVersion[] versions;
    private DeadlineRequest[] requests;
    private int next;

    @Setup
    public void setUp() {
        calculator = new DeadlineCalculator(WorkingCalendars.synthetic(2015, 2040));
        cases = DeadlineCases.random(MASK + 1, 42);
        versions = new RuleVersion[MASK + 1];
        requests = new DeadlineRequest[MASK + 1];
        for (int i = 0; i <= MASK; i++) {
            versions[i] = cases.version(i);
            requests[i] = cases.request(i);
        }
    }

    /** The due date of a case whose request is already built. */
    @Benchmark
    public LocalDate dueDate() {
        int i = next++ & MASK;
        return calculator.dueDate(versions[i], requests[i]);
    }

    /** The due date of a case read from a compact row: the request is built first, as a recomputation job does. */
    @Benchmark
    public LocalDate dueDateFromRow() {
        int i = next++ & MASK;
        return calculator.dueDate(cases.version(i), cases.request(i));
    }

    /** The due date with its full explanation (what the API and the page compute). */
    @Benchmark
    public Deadline explainedDeadline() {
        int i = next++ & MASK;
        return calculator.calculate(versions[i], requests[i]);
    }
}
