package vn.lamchu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.lamchu.audit.AuditVerifyCommand;
import vn.lamchu.platform.OperationsCommand;

/**
 * Làm Chủ: one modular monolith serving the public portal, the office and the REST API.
 * <p>
 * {@code java -jar lamchu.jar} runs the server; {@code java -jar lamchu.jar backup FILE},
 * {@code java -jar lamchu.jar restore FILE} and {@code java -jar lamchu.jar audit-verify} are the operations
 * commands (see {@link OperationsCommand}).
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
        SpringApplication.run(LamChuApplication.class, args);
    }
}
