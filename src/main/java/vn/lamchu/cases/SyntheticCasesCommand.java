package vn.lamchu.cases;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.lamchu.platform.CommandOutput;
import vn.lamchu.platform.OperationsCommand;
import vn.lamchu.shared.TenantId;

/**
 * {@code java -jar lamchu.jar generate-cases --cases=1000000 [--years=10] [--communes=100] [--seed=1]
 * [--tenant=HOA-AN]}: loads realistic synthetic cases ({@link SyntheticCases}) into the database Làm Chủ is configured
 * for, printing progress; Ctrl-C stops it, keeping the batches already loaded. For scale runs and the benchmark
 * harness only: it refuses to run unless {@code --i-understand-this-adds-fake-data} is given.
 */
@Component
public class SyntheticCasesCommand {

    public static final String NAME = "generate-cases";
    /** Run with migrations (a fresh database gets its schema first) and without demo data. */
    public static final Map<String, Object> SETTINGS = Map.of();
    static final String CONSENT = "--i-understand-this-adds-fake-data";

    private final SyntheticCases synthetic;
    private final MessageSource messages;

    SyntheticCasesCommand(SyntheticCases synthetic, MessageSource messages) {
        this.synthetic = synthetic;
        this.messages = messages;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Generates as the arguments say; returns the exit code. */
    public int run(String[] args) {
        CommandOutput output = new CommandOutput(messages, System.out, System.err);
        if (Arrays.stream(args).noneMatch(CONSENT::equals)) {
            output.warn("cases.synthetic.consent", CONSENT);
            return OperationsCommand.REFUSED;
        }
        SyntheticCases.Plan plan;
        try {
            plan = new SyntheticCases.Plan(option(args, "cases").map(Long::parseLong).orElse(100_000L),
                    option(args, "years").map(Integer::parseInt).orElse(10),
                    option(args, "communes").map(Integer::parseInt).orElse(100),
                    option(args, "seed").map(Long::parseLong).orElse(1L), false);
        } catch (IllegalArgumentException e) {
            output.warn("cases.synthetic.usage");
            return OperationsCommand.REFUSED;
        }
        Optional<TenantId> tenant = synthetic.tenantByCode(option(args, "tenant").orElse(null));
        if (tenant.isEmpty()) {
            output.warn("cases.synthetic.noTenant");
            return OperationsCommand.REFUSED;
        }
        try {
            long[] lastPercent = {-1};
            SyntheticCases.Result result = synthetic.generate(tenant.get(), plan, (done, total) -> {
                long percent = done * 100 / total;
                if (percent / 5 != lastPercent[0] / 5) {
                    lastPercent[0] = percent;
                    output.say("cases.synthetic.progress", done, total, percent);
                }
                return true;
            });
            output.say("cases.synthetic.done", result.cases(), result.senders(), result.steps(),
                    result.communesCreated(), result.elapsed().toSeconds(), Math.round(result.casesPerSecond()));
            return OperationsCommand.OK;
        } catch (Exception e) {
            output.warn("cases.synthetic.failed", String.valueOf(e.getMessage()));
            return OperationsCommand.FAILED;
        }
    }

    static Optional<String> option(String[] args, String name) {
        String prefix = "--" + name + "=";
        return Arrays.stream(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst();
    }
}
