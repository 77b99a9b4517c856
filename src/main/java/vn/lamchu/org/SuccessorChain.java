package vn.lamchu.org;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.lamchu.shared.UnitId;

/**
 * Follows reorganisation links from a unit to the units that exist on a date: a unit that exists on the date is its
 * own answer; a unit that ended on or before the date is replaced by its successors, followed in turn (merged, then
 * merged again); a unit that does not exist yet on the date, or ended without successors, leads nowhere.
 */
final class SuccessorChain {

    /** A guard against a corrupt chain: no real chain is this long. */
    private static final int MAX_STEPS = 10_000;

    private SuccessorChain() {
    }

    static List<Unit> resolve(UnitId start, LocalDate date, Function<UnitId, Optional<Unit>> units,
                              Function<UnitId, List<UnitId>> successors) {
        List<Unit> found = new ArrayList<>();
        Set<UnitId> visited = new HashSet<>();
        Deque<UnitId> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty() && visited.size() < MAX_STEPS) {
            UnitId id = todo.removeFirst();
            if (!visited.add(id)) {
                continue;
            }
            Optional<Unit> unit = units.apply(id);
            if (unit.isEmpty()) {
                continue;
            }
            if (unit.get().existsOn(date)) {
                found.add(unit.get());
            } else if (unit.get().validTo() != null && !date.isBefore(unit.get().validTo())) {
                todo.addAll(successors.apply(id));
            }
        }
        return found;
    }
}
