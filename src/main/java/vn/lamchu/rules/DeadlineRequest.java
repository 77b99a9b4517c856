package vn.lamchu.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.lamchu.shared.DomainException;

/**
 * What a deadline is asked for.
 *
 * @param start       the date of the event that starts the clock (receipt, acceptance, decision …); for a rule
 *                    "at least N before" the date of the event that the act must precede
 * @param flags       the variant flags that apply (complex, remote …)
 * @param extensions  how many extensions were decided
 * @param suspensions periods during which the clock stopped
 */
public record DeadlineRequest(LocalDate start, Set<VariantFlag> flags, int extensions, List<Suspension> suspensions) {

    /** The most suspension periods one request may carry. */
    public static final int MAX_SUSPENSIONS = 50;

    public DeadlineRequest {
        Objects.requireNonNull(start, "start");
        flags = Set.copyOf(flags);
        suspensions = List.copyOf(suspensions);
        if (extensions < 0) {
            throw DomainException.invalid("rules.error.extensionsNegative");
        }
        if (suspensions.size() > MAX_SUSPENSIONS) {
            throw DomainException.invalid("rules.error.tooManySuspensions", MAX_SUSPENSIONS);
        }
    }

    /** The ordinary case: no variant, no extension, no suspension. */
    public static DeadlineRequest from(LocalDate start) {
        return new DeadlineRequest(start, Set.of(), 0, List.of());
    }

    public DeadlineRequest withFlags(Set<VariantFlag> newFlags) {
        return new DeadlineRequest(start, newFlags, extensions, suspensions);
    }

    public DeadlineRequest withExtensions(int newExtensions) {
        return new DeadlineRequest(start, flags, newExtensions, suspensions);
    }

    public DeadlineRequest withSuspensions(List<Suspension> newSuspensions) {
        return new DeadlineRequest(start, flags, extensions, newSuspensions);
    }

    public DeadlineRequest withStart(LocalDate newStart) {
        return new DeadlineRequest(newStart, flags, extensions, suspensions);
    }
}
