package vn.lamchu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.lamchu.platform.OperationsCommand;

/**
 * Làm Chủ: one modular monolith serving the public portal, the office and the REST API.
 * <p>
 * {@code java -jar lamchu.jar} runs the server; {@code java -jar lamchu.jar backup FILE} and
 * {@code java -jar lamchu.jar restore FILE} are the operations commands of the embedded database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LamChuApplication {

    public static void main(String[] args) {
        if (OperationsCommand.handles(args)) {
            System.exit(OperationsCommand.run(args));
        }
        SpringApplication.run(LamChuApplication.class, args);
    }
}
