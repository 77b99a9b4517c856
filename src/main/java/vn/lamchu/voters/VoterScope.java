package vn.lamchu.voters;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.UnitId;

/**
 * Whose voter meetings a staff member sees. A voter meeting belongs to a People's Council; it is a public act of the
 * council (its schedule and the answers are published), and in a commune the council's work is served by the office of
 * the People's Council and People's Committee and answered by the Committee's units. So a staff member sees the
 * meetings of a council inside their subtree, and of the council of their own commune (the nearest area above their
 * unit); outside that, a meeting is reported missing (404). Writing is checked by permission on top of this.
 */
@Component
class VoterScope {

    private final OrgDirectory org;
    private final CurrentActor currentActor;
    private final JdbcClient jdbc;

    VoterScope(OrgDirectory org, CurrentActor currentActor, JdbcClient jdbc) {
        this.org = org;
        this.currentActor = currentActor;
        this.jdbc = jdbc;
    }

    /**
     * The signed-in staff member who records meetings, compilations and reports: a deputy (DEPUTY_WORK) or the
     * council's office staff who receive letters (CASE_RECEIVE).
     */
    Actor recorder() {
        Actor actor = currentActor.require();
        if (!actor.can(Permission.DEPUTY_WORK) && !actor.can(Permission.CASE_RECEIVE)) {
            throw new AccessDeniedException("DEPUTY_WORK");
        }
        return actor;
    }

    /** The councils whose meetings the actor sees. */
    Set<UUID> councils(Actor actor) {
        List<UUID> all = jdbc.sql("select id from org_unit where tenant_id = ? and kind = ?")
                .params(actor.tenantId().value(), UnitKind.PEOPLES_COUNCIL.name()).query(UUID.class).list();
        Optional<UnitId> ownArea = area(actor, actor.unitId());
        return all.stream().filter(c -> sees(actor, new UnitId(c), ownArea)).collect(Collectors.toSet());
    }

    /** @throws NotFoundException if the actor may not see the council's meetings */
    void check(Actor actor, UUID council) {
        if (!sees(actor, new UnitId(council), area(actor, actor.unitId()))) {
            throw new NotFoundException("voter_meeting", council.toString());
        }
    }

    private boolean sees(Actor actor, UnitId council, Optional<UnitId> ownArea) {
        if (currentActor.canSee(actor.tenantId(), council)) {
            return true;
        }
        return ownArea.isPresent() && ownArea.equals(area(actor, council));
    }

    /** The nearest area (commune, ward, province) at or above the unit. */
    private Optional<UnitId> area(Actor actor, UnitId unit) {
        Optional<Unit> self = org.unit(actor.tenantId(), unit);
        if (self.isPresent() && self.get().kind() == UnitKind.AREA) {
            return Optional.of(unit);
        }
        List<Unit> up = org.ancestors(actor.tenantId(), unit);
        for (int i = up.size() - 1; i >= 0; i--) {
            if (up.get(i).kind() == UnitKind.AREA) {
                return Optional.of(up.get(i).id());
            }
        }
        return Optional.empty();
    }
}
