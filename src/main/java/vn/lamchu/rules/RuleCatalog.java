package vn.lamchu.rules;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;

/**
 * The legal deadline rules and the deadlines they give. A case is handled under the rule version in force on the
 * date the rule names (ARCHITECTURE.md, "Data rules"): by default the date that starts the clock (receipt for
 * {@code KN-accept}, acceptance for {@code KN-1}); a caller handling a case under transitional rules passes the
 * date that decides the version ({@code asOf}), such as the date of receipt of a complaint accepted later.
 */
@Service
@Transactional(readOnly = true)
public class RuleCatalog {

    private final RuleRepository repository;
    private final WorkingCalendar calendar;

    RuleCatalog(RuleRepository repository, WorkingCalendar calendar) {
        this.repository = repository;
        this.calendar = calendar;
    }

    /** Every rule with its versions, in the RULEBOOK's order. */
    public List<Rule> rules() {
        return repository.findAll();
    }

    /**
     * The rule with this id (also found without diacritics or in another case: {@code qd11-commune}).
     *
     * @throws NotFoundException if there is none
     */
    public Rule rule(String id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("rule", id));
    }

    /** The arithmetic over the working calendar, for callers that recompute many deadlines with loaded versions. */
    public DeadlineCalculator calculator() {
        return new DeadlineCalculator(calendar);
    }

    /**
     * The deadline of a rule for a request, under the version in force on {@code asOf} (or on the start date when
     * {@code asOf} is null).
     *
     * @throws NotFoundException if the rule does not exist
     * @throws DomainException   (invalid) if no version is in force on that date, or the request does not fit the rule
     */
    public Deadline deadline(String ruleId, DeadlineRequest request, LocalDate asOf) {
        return deadline(rule(ruleId), request, asOf);
    }

    /**
     * The deadline of an already loaded rule, as {@link #deadline(String, DeadlineRequest, LocalDate)}.
     *
     * @throws DomainException (invalid) if no version is in force on that date, or the request does not fit the rule
     */
    public Deadline deadline(Rule rule, DeadlineRequest request, LocalDate asOf) {
        LocalDate versionDate = asOf != null ? asOf : request.start();
        RuleVersion version = rule.versionOn(versionDate).orElseThrow(() -> DomainException.invalid(
                "rules.error.noVersion", rule.id(), DateText.of(versionDate)));
        return calculator().calculate(version, request);
    }
}
