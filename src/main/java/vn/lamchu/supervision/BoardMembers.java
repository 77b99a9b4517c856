package vn.lamchu.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * The members of a People's Inspection Board (Luật DCCS 2022 art. 36; ND 59/2023 art. 12): elected by the villages and
 * residential groups, at least five, for the term of the village heads; head, deputy head, members. Recorded by the
 * commune Front (which directs the board) or by the board itself.
 */
@Service
@Transactional
public class BoardMembers {

    /** The least number of members (ND 59/2023/NĐ-CP Điều 12: "ít nhất 05 thành viên"). */
    public static final int MINIMUM = 5;

    public enum Position { HEAD, DEPUTY, MEMBER }

    public record Member(UUID id, String fullName, Position position, String village, LocalDate termFrom,
                         LocalDate termTo) {
    }

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    BoardMembers(JdbcClient jdbc, CurrentActor currentActor, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    public Member add(Actor actor, UnitId board, String fullName, Position position, String village,
                      LocalDate termFrom, LocalDate termTo) {
        if (!actor.can(Permission.INSPECTION_BOARD_WORK) && !actor.can(Permission.SUPERVISION_MANAGE)) {
            throw new AccessDeniedException(Permission.INSPECTION_BOARD_WORK.name());
        }
        if (board == null) {
            throw DomainException.invalid("supervision.error.ownerMissing");
        }
        currentActor.checkCanSee(actor.tenantId(), board);
        String name = VietnameseText.normalizeOrNull(fullName);
        if (name == null) {
            throw DomainException.invalid("supervision.error.nameMissing");
        }
        if (termFrom == null || (termTo != null && !termTo.isAfter(termFrom))) {
            throw DomainException.invalid("supervision.error.term");
        }
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into sv_board_member (tenant_id, id, board_unit_id, full_name, position, village,
                            term_from, term_to, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(actor.tenantId().value(), id, board.value(), name,
                        (position == null ? Position.MEMBER : position).name(), VietnameseText.normalizeOrNull(village),
                        termFrom, termTo, Timestamp.from(clock.instant())).update();
        audit.recordChange(actor.tenantId(), "sv_board_member", id.toString(), "create", null,
                Map.of("position", (position == null ? Position.MEMBER : position).name()));
        return new Member(id, name, position == null ? Position.MEMBER : position, village, termFrom, termTo);
    }

    /** The board's members serving on {@code day}, head first. */
    @Transactional(readOnly = true)
    public List<Member> serving(TenantId tenant, UnitId board, LocalDate day) {
        return jdbc.sql("""
                        select id, full_name, position, village, term_from, term_to from sv_board_member
                        where tenant_id = ? and board_unit_id = ? and term_from <= ? and (term_to is null or term_to >= ?)
                        order by case position when 'HEAD' then 0 when 'DEPUTY' then 1 else 2 end, full_name""")
                .params(tenant.value(), board.value(), day, day)
                .query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getString(2),
                        Position.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class))).list();
    }
}
