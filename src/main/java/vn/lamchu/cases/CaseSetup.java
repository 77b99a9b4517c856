package vn.lamchu.cases;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Tenant;
import vn.lamchu.org.Unit;
import vn.lamchu.platform.LamChuProperties;
import vn.lamchu.shared.Ids;

/**
 * Gives every tenant the default subject categories, and the demo province a few routing rows (Party matters to the
 * commune Party office, RULEBOOK §13.3), after the organisation's demo units exist.
 */
@Component
@Order(30)
class CaseSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaseSetup.class);

    private final CaseCategories categories;
    private final OrgDirectory org;
    private final LamChuProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseSetup(CaseCategories categories, OrgDirectory org, LamChuProperties properties, JdbcClient jdbc, Clock clock) {
        this.categories = categories;
        this.org = org;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Tenant tenant : org.tenants()) {
            categories.seedDefaults(tenant.id());
            if (properties.demoData() && "HOA-AN".equals(tenant.code())) {
                seedDemoRoutes(tenant);
            }
        }
    }

    private void seedDemoRoutes(Tenant tenant) {
        int existing = jdbc.sql("select count(*) from case_routing_rule where tenant_id = ?")
                .param(tenant.id().value()).query(Integer.class).single();
        if (existing > 0) {
            return;
        }
        int added = 0;
        for (String commune : new String[] {"TP", "BM"}) {
            Unit place = org.unitByCode(tenant.id(), commune).orElse(null);
            Unit partyOffice = org.unitByCode(tenant.id(), commune + "-VPDU").orElse(null);
            Unit council = org.unitByCode(tenant.id(), commune + "-TTHDND").orElse(null);
            if (place == null || partyOffice == null || council == null) {
                continue;
            }
            route(tenant, "DANG", place, partyOffice, "Phản ánh về đường lối, chính sách của Đảng: Văn phòng Đảng ủy xã");
            added++;
        }
        log.info("Demo routing table: {} rows", added);
    }

    private void route(Tenant tenant, String category, Unit place, Unit target, String note) {
        jdbc.sql("""
                        insert into case_routing_rule (tenant_id, id, category_code, place_unit_id, target_unit_id, priority,
                            note, created_at, created_by)
                        values (?, ?, ?, ?, ?, 0, ?, ?, 'demo')""")
                .params(tenant.id().value(), Ids.newId(clock), category, place.id().value(), target.id().value(), note,
                        Timestamp.from(clock.instant()))
                .update();
    }
}
