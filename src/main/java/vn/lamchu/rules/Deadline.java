package vn.lamchu.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A computed deadline and its explanation.
 *
 * @param version     the rule version applied
 * @param term        the term applied (the ordinary one or a variant)
 * @param flags       the variant flags asked for
 * @param extensions  the extensions applied
 * @param suspensions the suspension periods given
 * @param start       the date of the event
 * @param due         the due date: the last day to act (at its end, 24:00 — Bộ luật Dân sự 2015, Điều 148 khoản 6),
 *                    or for "at least N before" the latest day to act, for "at least lasting" the last day that must
 *                    be covered, for a recurring obligation the last working day of the period
 * @param explanation why
 */
public record Deadline(RuleVersion version, Term term, Set<VariantFlag> flags, int extensions,
                       List<Suspension> suspensions, LocalDate start, LocalDate due,
                       DeadlineExplanation explanation) {
}
