package vn.lamchu.shared;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is acting now, and what they may see. Implemented by {@code identity}; every module asks it, so that no
 * module needs to know how accounts work.
 */
public interface CurrentActor {

    /** The signed-in staff member, if any (empty for citizens on the portal and for background jobs). */
    Optional<Actor> current();

    /**
     * The signed-in staff member.
     *
     * @throws AccessDeniedException if nobody is signed in
     */
    default Actor require() {
        return current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /**
     * Whether the actor may see records of {@code unit}: it must be in the actor's tenant and inside the subtree of
     * the actor's unit, as the unit tree stands today.
     */
    boolean canSee(TenantId tenant, UnitId unit);

    /**
     * Checks {@link #canSee}.
     *
     * @throws NotFoundException if the actor may not see the unit: a record outside one's scope is reported as
     *                           missing, so that its existence is not revealed
     */
    default void checkCanSee(TenantId tenant, UnitId unit) {
        if (!canSee(tenant, unit)) {
            throw new NotFoundException("unit", unit.toString());
        }
    }

    /**
     * Runs {@code work} on behalf of {@code actor}, then restores whoever was acting before: for background work that
     * finishes what a staff member started (a letter accepted now and logged a moment later is logged, audited and
     * scoped as theirs).
     */
    <T> T runAs(Actor actor, Supplier<T> work);
}
