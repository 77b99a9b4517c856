package vn.lamchu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.context.annotation.Bean;

/** A fresh data directory per test JVM under target/, so every run starts from an empty embedded database. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDataDirectory {

    public static final Path DIRECTORY = create();

    private static Path create() {
        try {
            Path base = Path.of("target", "it-data");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, "run-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    static DynamicPropertyRegistrar testDataDirectory() {
        return registry -> registry.add("lamchu.data-dir", DIRECTORY::toString);
    }
}
