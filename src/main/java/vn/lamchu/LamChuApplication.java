package vn.lamchu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.lamchu.audit.AuditVerifyCommand;
import vn.lamchu.cases.SyntheticCasesCommand;
import vn.lamchu.platform.OperationsCommand;

/**
 * Làm Chủ: one modular monolith serving the public portal, the office and the REST API.
 * <p>
 * {@code java -jar lamchu.jar} runs the server; {@code java -jar lamchu.jar backup FILE},
 * {@code java -jar lamchu.jar restore FILE} and {@code java -jar lamchu.jar audit-verify} are the operations
 * commands (see {@link OperationsCommand}); {@code java -jar lamchu.jar generate-cases …} loads synthetic data for scale
 * runs ({@link SyntheticCasesCommand}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LamChuApplication {

    public static void main(String[] args) {
        if (OperationsCommand.handles(args)) {
            System.exit(OperationsCommand.run(args));
        }
        if (AuditVerifyCommand.handles(args)) {
            System.exit(OperationsCommand.runInApplication(LamChuApplication.class, args, AuditVerifyCommand.SETTINGS,
                    context -> context.getBean(AuditVerifyCommand.class).run()));
        }
        if (SyntheticCasesCommand.handles(args)) {
            System.exit(OperationsCommand.runInApplication(LamChuApplication.class, args, SyntheticCasesCommand.SETTINGS,
                    context -> context.getBean(SyntheticCasesCommand.class).run(args)));
        }
        SpringApplication.run(LamChuApplication.class, args);
    }
}
