package vn.lamchu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and the module diagram in docs/modules/ is regenerated on every build. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(LamChuApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        sortRelations(Path.of("docs/modules"));
    }

    /**
     * The Documenter writes relations in hash order, so each build would rewrite the committed diagrams; their order
     * means nothing to PlantUML, so keep them sorted.
     */
    private static void sortRelations(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(file);
                List<String> sorted = new ArrayList<>();
                List<String> run = new ArrayList<>();
                for (String line : lines) {
                    if (line.startsWith("Rel(")) {
                        run.add(line);
                        continue;
                    }
                    Collections.sort(run);
                    sorted.addAll(run);
                    run.clear();
                    sorted.add(line);
                }
                Collections.sort(run);
                sorted.addAll(run);
                Files.write(file, sorted);
            }
        }
    }
}
