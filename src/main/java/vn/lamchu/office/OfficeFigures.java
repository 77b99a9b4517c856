package vn.lamchu.office;

import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.UnitId;

/** The counts on a staff member's desk, limited to their tenant and their unit's subtree. */
@Service
@Transactional(readOnly = true)
public class OfficeFigures {

    private final JdbcClient jdbc;
    private final OrgDirectory org;

    OfficeFigures(JdbcClient jdbc, OrgDirectory org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    /** Units and people in scope; cases come with the cases module. */
    public record Figures(int units, int people) {
    }

    public Figures forActor(Actor actor) {
        Set<UnitId> scope = org.subtree(actor.tenantId(), actor.unitId());
        var ids = scope.stream().map(UnitId::value).toArray(UUID[]::new);
        int people = ids.length == 0 ? 0 : jdbc.sql("""
                        select count(distinct person_id) from post_holding
                        where tenant_id = :tenant and unit_id = any(cast(:units as uuid[]))""")
                .param("tenant", actor.tenantId().value()).param("units", ids)
                .query(Integer.class).single();
        return new Figures(scope.size(), people);
    }

}
