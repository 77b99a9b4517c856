package vn.lamchu.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.UnitId;

/**
 * Figures of the people's supervision for a unit's subtree and a period, as reports count them ("the Front and the
 * socio-political organisations led 22 supervisions and took part in 52; the People's Inspection Boards led 25"):
 * <ul>
 *   <li>led / taken part in: supervisions of the Front's programmes owned in the subtree, by role, whose session
 *       (held, else planned) falls in the period;</li>
 *   <li>inspections: the inspection boards' and investment boards' supervisions in the period;</li>
 *   <li>recommendations made in the period by units in the subtree; of those, answered (at any time up to today),
 *       answered late, and overdue today (still awaiting after their due date).</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class SupervisionFigures {

    /** The counts. */
    public record Figures(UUID unitId, LocalDate from, LocalDate to, int led, int takenPart, int inspections,
                          int recommendations, int answered, int answeredLate, int overdue) {
    }

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final CurrentActor currentActor;
    private final Clock clock;

    SupervisionFigures(JdbcClient jdbc, OrgDirectory org, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * @throws DomainException (invalid) if the period is reversed
     */
    public Figures of(Actor actor, UnitId unit, LocalDate from, LocalDate to) {
        UnitId root = unit == null ? actor.unitId() : unit;
        currentActor.checkCanSee(actor.tenantId(), root);
        LocalDate today = LegalTime.today(clock);
        LocalDate start = from == null ? LocalDate.of(today.getYear(), 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(today.getYear(), 12, 31) : to;
        if (end.isBefore(start)) {
            throw DomainException.invalid("supervision.error.period");
        }
        UUID[] scope = org.subtree(actor.tenantId(), root).stream().map(UnitId::value).toArray(UUID[]::new);
        var sv = jdbc.sql("""
                        select count(*) filter (where p.body = 'FRONT' and s.role = 'LEAD'),
                               count(*) filter (where p.body = 'FRONT' and s.role = 'TAKE_PART'),
                               count(*) filter (where p.body <> 'FRONT')
                        from sv_supervision s join sv_plan p on p.tenant_id = s.tenant_id and p.id = s.plan_id
                        where s.tenant_id = :tenant and s.owner_unit_id = any(cast(:scope as uuid[]))
                          and coalesce(s.session_held_on, s.session_on) between :from and :to""")
                .param("tenant", actor.tenantId().value()).param("scope", scope).param("from", start).param("to", end)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}).single();
        var rec = jdbc.sql("""
                        select count(*), count(answered_on), count(*) filter (where answered_on > due_on),
                               count(*) filter (where status = 'AWAITING' and due_on < :today)
                        from sv_recommendation
                        where tenant_id = :tenant and issuing_unit_id = any(cast(:scope as uuid[])) and sent_on between :from and :to""")
                .param("tenant", actor.tenantId().value()).param("scope", scope).param("from", start).param("to", end)
                .param("today", today)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)}).single();
        return new Figures(root.value(), start, end, sv[0], sv[1], sv[2], rec[0], rec[1], rec[2], rec[3]);
    }
}
