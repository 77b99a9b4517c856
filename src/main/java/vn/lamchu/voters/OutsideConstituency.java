package vn.lamchu.voters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.rules.DeadlineRequest;
import vn.lamchu.rules.RuleCatalog;
import vn.lamchu.rules.VariantFlag;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * A voter meeting outside the deputies' constituency (rule TXCT-outside, Nghị quyết liên tịch
 * 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN, Điều 32 [S]): the deputy asks the council's standing committee, which decides
 * within 5 working days and notifies the host standing committee and Front at least 3 working days before the meeting.
 * The durations are read from the rule table ({@code TXCT-outside}, variant {@code hostNotice}), never written here.
 * A place is inside the constituency when it is one of its areas, lies within one, or contains one (the commune of
 * its villages); a constituency without recorded areas is taken as covering the place.
 */
@Component
class OutsideConstituency {

    static final String RULE = "TXCT-outside";

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final RuleCatalog rules;

    OutsideConstituency(JdbcClient jdbc, OrgDirectory org, RuleCatalog rules) {
        this.jdbc = jdbc;
        this.org = org;
        this.rules = rules;
    }

    /**
     * The last day the host must be notified, when the meeting's place is outside its constituency; empty when it is
     * inside (or no constituency is named).
     */
    Optional<LocalDate> hostNoticeBy(TenantId tenant, UUID constituency, UUID place, LocalDate meetingDay) {
        if (constituency == null || place == null) {
            return Optional.empty();
        }
        List<UUID> areas = jdbc.sql("select unit_id from voter_constituency_area where tenant_id = ? and constituency_id = ?")
                .params(tenant.value(), constituency).query(UUID.class).list();
        UnitId p = new UnitId(place);
        boolean inside = areas.isEmpty() || areas.stream().map(UnitId::new).anyMatch(a -> a.equals(p)
                || org.isWithin(tenant, p, a) || org.isWithin(tenant, a, p));
        if (inside) {
            return Optional.empty();
        }
        return Optional.of(rules.deadline(RULE, DeadlineRequest.from(meetingDay).withFlags(
                Set.of(VariantFlag.HOST_NOTICE)), meetingDay).due());
    }
}
