package vn.lamchu.org;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import vn.lamchu.LamChuApplication;

/** The organisation module keeps to its declared dependencies (shared, platform, audit) and its API package. */
class OrgModuleTests {

    @Test
    void dependsOnlyOnWhatItDeclares() {
        ApplicationModules modules = ApplicationModules.of(LamChuApplication.class);
        modules.getModuleByName("org").orElseThrow().verifyDependencies(modules);
    }
}
