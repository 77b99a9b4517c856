package vn.lamchu.rules.bench;

import java.util.Collection;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import vn.lamchu.rules.DeadlineCalculator;
import vn.lamchu.rules.WorkingCalendars;

/**
 * Runs the JMH benchmark of one deadline, extrapolates to 10 million open cases, then times an actual loop over
 * 10 million cases (one thread, then all cores). Offline, from the worktree root:
 * <pre>
 * ../shared/tools/as-user ./mvnw -q -B -o test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * ../shared/tools/as-user java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     vn.lamchu.rules.bench.DeadlineBenchmarkMain
 * </pre>
 * Add {@code quick} for shorter JMH iterations.
 */
public final class DeadlineBenchmarkMain {

    static final int OPEN_CASES = 10_000_000;

    private DeadlineBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && args[0].equals("quick");
        Options options = new OptionsBuilder()
                .include(DeadlineBenchmark.class.getName())
                .forks(1)
                .warmupIterations(quick ? 2 : 5).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .threads(1)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        for (RunResult result : results) {
            double nsPerOp = result.getPrimaryResult().getScore();
            System.out.printf("%-60s %8.1f ns/op  → 10M cases: %6.2f s on one thread%n",
                    result.getParams().getBenchmark(), nsPerOp, nsPerOp * OPEN_CASES / 1e9);
        }
        loop();
    }

    /** An actual recomputation of 10 million cases read from compact rows. */
    static void loop() {
        DeadlineCalculator calculator = new DeadlineCalculator(WorkingCalendars.synthetic(2015, 2040));
        DeadlineCases cases = DeadlineCases.random(OPEN_CASES, 7);
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            long checksum = 0;
            for (int i = 0; i < cases.size(); i++) {
                checksum += calculator.dueDate(cases.version(i), cases.request(i)).toEpochDay();
            }
            long single = System.nanoTime() - t0;

            LongAdder parallelChecksum = new LongAdder();
            long t1 = System.nanoTime();
            IntStream.range(0, cases.size()).parallel().forEach(i ->
                    parallelChecksum.add(calculator.dueDate(cases.version(i), cases.request(i)).toEpochDay()));
            long parallel = System.nanoTime() - t1;
            if (parallelChecksum.sum() != checksum) {
                throw new IllegalStateException("parallel and sequential results differ");
            }
            System.out.printf("10M loop, round %d: one thread %.2f s (%.0f ns/case); %d cores %.2f s (checksum %d)%n",
                    round, single / 1e9, (double) single / OPEN_CASES, Runtime.getRuntime().availableProcessors(),
                    parallel / 1e9, checksum);
        }
    }
}
