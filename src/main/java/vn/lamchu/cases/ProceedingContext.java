package vn.lamchu.cases;

import java.time.LocalDate;
import java.util.Set;

import vn.lamchu.rules.VariantFlag;

/**
 * What a proceeding's step needs to know besides itself: today's legal date, the deadline now running for the case,
 * and how to ask {@code rules} for another deadline (a time limit, a notice period, an appeal window).
 */
record ProceedingContext(LocalDate today, LocalDate currentDue, DueDates dueDates) {

    /** The due date of a rule from a start date with variant flags (for "at least N before": the latest day to act). */
    @FunctionalInterface
    interface DueDates {
        LocalDate due(String rule, LocalDate start, Set<VariantFlag> flags);
    }

    LocalDate due(String rule, LocalDate start, Set<VariantFlag> flags) {
        return dueDates.due(rule, start, flags);
    }
}
