package vn.lamchu.org;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * A reorganisation was recorded ({@link Reorganisations#record}): from {@code effectiveDate} the predecessors of the
 * links no longer exist (merge, split, abolish) and their work goes to the successors. Modules that keep work per unit
 * listen to it so that nothing stays with a unit that ended.
 *
 * @param links every unit concerned, predecessor → successor: a unit that ended without successor has a null
 *              successor, a unit that begins a null predecessor, a renamed or moved unit is linked to itself; a unit
 *              ending with its parent is listed with the parent's successors
 */
public record UnitsReorganised(TenantId tenant, UUID reorganisationId, ReorganisationKind kind, LocalDate effectiveDate,
                               List<Link> links) {

    public UnitsReorganised {
        links = List.copyOf(links);
    }

    /** One predecessor → successor pair; either may be null. */
    public record Link(UnitId predecessor, UnitId successor) {
    }
}
