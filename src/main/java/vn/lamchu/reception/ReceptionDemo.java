package vn.lamchu.reception;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Post;
import vn.lamchu.org.Tenant;
import vn.lamchu.org.Unit;
import vn.lamchu.platform.LamChuProperties;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.TenantId;

/**
 * Demo data: the reception schedules of the demo communes Tân Phú and Bình Minh — the Party secretary on the 5th and
 * 20th, the People's Committee Chair every Thursday, the People's Council Chair on the 16th, each "or the next working
 * day" — with this month's and the next two months' sessions, posted in time, and this month's past days held.
 * Relative to the injected clock; idempotent (a commune that has schedules is left alone).
 */
@Component
@Order(45)
class ReceptionDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReceptionDemo.class);
    static final List<String> COMMUNES = List.of("TP", "BM");

    private final LamChuProperties properties;
    private final OrgDirectory org;
    private final ReceptionSchedules schedules;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReceptionDemo(LamChuProperties properties, OrgDirectory org, ReceptionSchedules schedules, JdbcClient jdbc,
                  TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.org = org;
        this.schedules = schedules;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        for (Tenant tenant : org.tenants()) {
            if (!"HOA-AN".equals(tenant.code())) {
                continue;
            }
            for (String commune : COMMUNES) {
                transaction.executeWithoutResult(status -> seed(tenant.id(), commune));
            }
        }
    }

    private void seed(TenantId tenant, String commune) {
        Unit office = org.unitByCode(tenant, commune + "-VP").orElse(null);
        Unit party = org.unitByCode(tenant, commune + "-DU").orElse(null);
        Unit committee = org.unitByCode(tenant, commune + "-UBND").orElse(null);
        Unit council = org.unitByCode(tenant, commune + "-HDND").orElse(null);
        if (office == null || party == null || committee == null || council == null) {
            return;
        }
        int existing = jdbc.sql("select count(*) from reception_schedule where tenant_id = ? and keeping_unit_id = ?")
                .params(tenant.value(), office.id().value()).query(Integer.class).single();
        if (existing > 0) {
            return;
        }
        String place = "Trụ sở " + committee.name();
        List<UUID> ids = List.of(
                schedules.insert(tenant, office.id(), party, Post.SECRETARY, "QĐ11-commune",
                        SchedulePattern.monthDays(5, 20), place, "07:30–11:00"),
                schedules.insert(tenant, office.id(), committee, Post.CHAIR, "TCD-chair-commune",
                        SchedulePattern.weekly(DayOfWeek.THURSDAY), place, "07:30–11:00 và 13:30–16:30"),
                schedules.insert(tenant, office.id(), council, Post.CHAIR, "TCD-HDND-commune",
                        SchedulePattern.monthDays(16), place, "07:30–11:00"));
        LocalDate today = LegalTime.today(clock);
        YearMonth now = YearMonth.from(today);
        for (UUID id : ids) {
            ReceptionSchedules.Schedule s = schedules.schedule(tenant, id);
            for (int i = 0; i < 3; i++) {
                schedules.generate(tenant, s, now.plusMonths(i));
                schedules.publish(tenant, id, now.plusMonths(i), latest -> latest);
            }
            // this month's days gone by: posted in time and held — except, in Bình Minh, the Chair's first Thursday,
            // so that the compliance view shows a missed week
            boolean missOne = "BM".equals(commune) && "TCD-chair-commune".equals(s.ruleId());
            for (ReceptionSchedules.Scheduled day : schedules.month(tenant, id, now)) {
                if (!day.date().isBefore(today)) {
                    continue;
                }
                if (missOne) {
                    missOne = false;
                    continue;
                }
                jdbc.sql("""
                                update reception_session set status = 'HELD', held_at = ?, published_on = ?,
                                    publish_latest = ?, published_late = false
                                where tenant_id = ? and id = ?""")
                        .params(java.sql.Timestamp.from(clock.instant()), schedules.latestPosting(day.date()),
                                schedules.latestPosting(day.date()), tenant.value(), day.sessionId())
                        .update();
            }
        }
        log.info("Demo reception schedules for {}: {} schedules, 3 months posted", commune, ids.size());
    }
}
