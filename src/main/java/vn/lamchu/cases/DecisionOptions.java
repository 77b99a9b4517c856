package vn.lamchu.cases;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import vn.lamchu.shared.DomainException;

/**
 * The handling decisions a case admits now, as {@link LetterHandlingPolicy} decides them (Thông tư 07/2014/TT-TTCP,
 * Điều 6–9 and 28, RULEBOOK §2.3): so that the office offers only the steps the policy would accept, and the two can
 * never disagree.
 */
public final class DecisionOptions {

    private DecisionOptions() {
    }

    /** The decision kinds the policy allows for the case in its current state and classification. */
    public static Set<DecisionKind> open(CitizenCase c) {
        EnumSet<DecisionKind> open = EnumSet.noneOf(DecisionKind.class);
        for (DecisionKind kind : DecisionKind.values()) {
            try {
                // a named outside body: the policy looks at the kind and the case, not at the wording
                LetterHandlingPolicy.check(c, new Decision(kind, "?", null, "?"));
                open.add(kind);
            } catch (DomainException refused) {
                // not open to this case now
            }
        }
        return Collections.unmodifiableSet(open);
    }
}
