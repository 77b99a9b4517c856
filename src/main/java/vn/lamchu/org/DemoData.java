package vn.lamchu.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lamchu.platform.LamChuProperties;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.Permission;

/**
 * The demo province "Tỉnh Hòa An" (HOA-AN), seeded on the first start of an empty embedded database when
 * {@code lamchu.demo-data} is on: its bodies, two commune-level units of the two-level model (Xã Tân Phú, Phường Bình
 * Minh), the legacy district Huyện Sông Cầu with its former communes, the reorganisations of 1/7/2025 that ended it,
 * and the people who hold the main posts. The data lives in {@code demo/*.csv} and goes through the CSV importer and
 * the reorganisation service, like data entered by staff. The identity module's seeder ({@code @Order(20)}) finds
 * the units by their codes (HA, TP-VP, BM-VP …).
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String TENANT_CODE = "HOA-AN";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final LamChuProperties properties;
    private final UnitStore units;
    private final UnitAdministration administration;
    private final OrgImports imports;
    private final Reorganisations reorganisations;
    private final Vocabulary vocabulary;
    private final TransactionTemplate transaction;

    DemoData(LamChuProperties properties, UnitStore units, UnitAdministration administration, OrgImports imports,
             Reorganisations reorganisations, Vocabulary vocabulary, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.units = units;
        this.administration = administration;
        this.imports = imports;
        this.reorganisations = reorganisations;
        this.vocabulary = vocabulary;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || !properties.embedded() || units.anyTenant()) {
            return;
        }
        transaction.executeWithoutResult(status -> seed());
        log.info("Seeded the demo province Tỉnh Hòa An ({})", TENANT_CODE);
    }

    private void seed() {
        Unit root = administration.createTenant(TENANT_CODE, "Tỉnh Hòa An", "HA", "Tỉnh Hòa An", "HA", "Tỉnh Hòa An",
                LocalDate.of(1990, 1, 1));
        Actor system = new Actor(null, "system", "Dữ liệu mẫu", root.tenantId(), root.id(), EnumSet.allOf(Permission.class));
        imports.importNow(system, OrgImports.Kind.UNITS, "demo/units.csv", read("demo/units.csv"));
        imports.importNow(system, OrgImports.Kind.PEOPLE, "demo/people.csv", read("demo/people.csv"));
        CsvTable events = CsvTable.parse(read("demo/reorganisations.csv"));
        Map<String, Integer> columns = Map.of("loai", 0, "ngay_hieu_luc", 1, "don_vi", 2, "ke_thua", 3, "ten_moi", 4,
                "can_cu", 5);
        for (CsvTable.Row row : events.rows()) {
            ImportRow r = new ImportRow(row, columns, vocabulary);
            reorganisations.record(system, new Reorganisations.Command(
                    ReorganisationKind.valueOf(r.text("loai")), r.date("ngay_hieu_luc"), r.text("can_cu"), null,
                    codes(r.text("don_vi")), codes(r.text("ke_thua")), List.of(), r.text("ten_moi"), null, null, null));
        }
    }

    private static List<String> codes(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("[\\s,]+"));
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
