package vn.lamchu.audit;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.lamchu.platform.CommandOutput;
import vn.lamchu.platform.OperationsCommand;
import vn.lamchu.shared.LegalTime;

/**
 * {@code java -jar lamchu.jar audit-verify}: verifies every audit chain and prints one line in Vietnamese and English.
 * Exit code 0 if every chain is intact, 1 if one is broken (the line names the first broken entry), 2 on error.
 * It does not migrate the database ({@link #SETTINGS}): it may run beside a Làm Chủ of another version.
 */
@Component
public class AuditVerifyCommand {

    public static final String NAME = "audit-verify";
    /** The command's own settings for {@link OperationsCommand#runInApplication}. */
    public static final Map<String, Object> SETTINGS = Map.of("spring.flyway.enabled", false);

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(LegalTime.VIETNAM);

    private final AuditVerifier verifier;
    private final MessageSource messages;

    AuditVerifyCommand(AuditVerifier verifier, MessageSource messages) {
        this.verifier = verifier;
        this.messages = messages;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Runs the verification and prints the result; returns the exit code. */
    public int run() {
        CommandOutput output = new CommandOutput(messages, System.out, System.err);
        AuditVerification result = verifier.verifyAll(AuditVerifier.Progress.NONE);
        if (result.intact()) {
            output.say("audit.verify.cli.intact", result.entries(), result.chains(), OperationsCommand.seconds(result.elapsed()));
            return OperationsCommand.OK;
        }
        AuditVerification.Break broken = result.firstBreak();
        String time = broken.occurredAt() == null ? "—" : TIME.format(broken.occurredAt());
        output.say(locale -> output.text(locale, "audit.verify.cli.broken", broken.tenant().toString(), broken.seq(),
                output.text(locale, broken.messageKey(), broken.messageArguments(time))));
        return OperationsCommand.REFUSED;
    }
}
