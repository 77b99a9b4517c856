package vn.lamchu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.context.annotation.Bean;

import vn.lamchu.platform.EmbeddedDatabase;

/**
 * A fresh data directory per test JVM under target/, so every run starts from an empty embedded database. The
 * directories of earlier runs are removed (all but the two newest, kept to look into a failed run, and none touched
 * in the last ten minutes), unless a live process still uses one: each holds a database of about 60 MB, and a
 * developer's target/ had grown to 28 GB.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDataDirectory {

    public static final Path DIRECTORY = create();

    private static Path create() {
        try {
            Path base = Path.of("target", "it-data");
            Files.createDirectories(base);
            removeEarlierRuns(base);
            return Files.createTempDirectory(base, "run-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    static DynamicPropertyRegistrar testDataDirectory() {
        return registry -> registry.add("lamchu.data-dir", DIRECTORY::toString);
    }

    private static void removeEarlierRuns(Path base) throws IOException {
        for (String prefix : List.of("run-", "embedded-")) {
            List<Path> runs;
            try (Stream<Path> listed = Files.list(base)) {
                runs = listed.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p))
                        .sorted(Comparator.comparing(TestDataDirectory::modified).reversed())
                        .toList();
            }
            // a directory another JVM has just created may not hold its lock yet: only those untouched for a while
            FileTime settled = FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofMinutes(10)));
            for (Path run : runs.subList(Math.min(2, runs.size()), runs.size())) {
                if (modified(run).compareTo(settled) < 0 && !EmbeddedDatabase.inUse(run) && !postgresAlive(run)) {
                    deleteQuietly(run);
                }
            }
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** A PostgreSQL left running in the directory (its test JVM was killed): not removed under it. */
    private static boolean postgresAlive(Path run) {
        Path pid = run.resolve("pg").resolve("postmaster.pid");
        try {
            String first = Files.exists(pid) ? Files.readAllLines(pid).stream().findFirst().orElse("") : "";
            return !first.isBlank() && ProcessHandle.of(Long.parseLong(first.trim())).map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (IOException | NumberFormatException e) {
            return true;
        }
    }

    private static void deleteQuietly(Path run) {
        try (Stream<Path> walk = Files.walk(run)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a file still open elsewhere: left for the next run
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // left for the next run
        }
    }
}
