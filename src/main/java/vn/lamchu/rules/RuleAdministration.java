package vn.lamchu.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.VietnameseText;

/**
 * Administrators' changes to the rules: a new version with its validity dates when a law changes, and in-place
 * corrections of a configurable (unconfirmed) version once its text is checked. Every change is audited in the same
 * transaction and guarded by optimistic locking; changes to one rule are serialised by a row lock.
 * <p>
 * The rules are national, so their audit entries go to the chain without a tenant.
 */
@Service
public class RuleAdministration {

    static final String ENTITY = "legal_rule_version";

    private final RuleRepository repository;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final Clock clock;

    RuleAdministration(RuleRepository repository, AuditLog audit, CurrentActor currentActor, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * What an administrator enters for a version.
     *
     * @param validFrom    first day of validity (only for a new version)
     * @param validTo      first day no longer valid, or null (only for a new version)
     * @param source       law and article
     * @param confidence   confidence tag
     * @param configurable whether the values stay correctable in place
     * @param note         remarks, or null
     * @param terms        the term of each set of variant flags, the ordinary one included
     */
    public record VersionDraft(LocalDate validFrom, LocalDate validTo, String source, Confidence confidence,
                               boolean configurable, String note, Map<Set<VariantFlag>, Term> terms) {
    }

    /** The lock counter of each version of a rule, for the forms that change it. */
    @Transactional(readOnly = true)
    public Map<Integer, Integer> lockVersions(String ruleId) {
        return repository.lockVersions(ruleId);
    }

    /**
     * Adds a version that starts after the latest one; the latest is closed on the new version's first day if it
     * was still open or overlapped.
     *
     * @param expectedLatestLock the lock counter of the latest version as the administrator saw it
     * @throws OptimisticLockingFailureException if the latest version changed meanwhile
     * @throws DomainException                   (invalid) for dates out of order or a missing reason or source
     */
    @Transactional
    @PreAuthorize("hasAuthority('RULES_MANAGE')")
    public RuleVersion addVersion(String ruleId, int expectedLatestLock, VersionDraft draft, String reason) {
        String why = requireReason(reason);
        repository.lockRule(ruleId);
        Rule rule = repository.find(ruleId).orElseThrow(() -> new NotFoundException("rule", ruleId));
        RuleVersion latest = rule.versions().get(rule.versions().size() - 1);
        int latestLock = repository.lockVersions(ruleId).get(latest.number());
        if (latestLock != expectedLatestLock) {
            throw new OptimisticLockingFailureException("rule " + ruleId + " changed");
        }
        Objects.requireNonNull(draft.validFrom(), "valid from");
        if (!draft.validFrom().isAfter(latest.validFrom())) {
            throw DomainException.invalid("rules.error.validFromNotAfter", DateText.of(latest.validFrom()));
        }
        if (draft.validTo() != null && !draft.validTo().isAfter(draft.validFrom())) {
            throw DomainException.invalid("rules.error.validToNotAfter");
        }
        RuleVersion version = toVersion(ruleId, latest.number() + 1, draft.validFrom(), draft.validTo(), draft);
        Instant now = clock.instant();
        String actor = actorName();
        boolean closed = false;
        if (latest.validTo() == null || latest.validTo().isAfter(draft.validFrom())) {
            if (!repository.closeVersion(ruleId, latest.number(), draft.validFrom(), latestLock, actor, now)) {
                throw new OptimisticLockingFailureException("rule " + ruleId + " changed");
            }
            closed = true;
        }
        repository.insertVersion(version, actor, now);
        Map<String, Object> details = describe(version);
        if (closed) {
            details.put("closedVersion", latest.number() + " valid_to=" + draft.validFrom());
        }
        // National reference data: recorded in the audit chain without a tenant.
        audit.recordChange(null, ENTITY, ruleId + "/" + version.number(), "create", why, details);
        return version;
    }

    /**
     * Corrects a configurable version in place (its values, source, confidence and note; not its validity).
     *
     * @param expectedLock the version's lock counter as the administrator saw it
     * @throws OptimisticLockingFailureException if the version changed meanwhile
     * @throws DomainException                   (invalid) if the version is not configurable, or the reason or
     *                                           source is missing
     */
    @Transactional
    @PreAuthorize("hasAuthority('RULES_MANAGE')")
    public RuleVersion correct(String ruleId, int number, int expectedLock, VersionDraft draft, String reason) {
        String why = requireReason(reason);
        repository.lockRule(ruleId);
        Rule rule = repository.find(ruleId).orElseThrow(() -> new NotFoundException("rule", ruleId));
        RuleVersion before = rule.version(number)
                .orElseThrow(() -> new NotFoundException("rule version", ruleId + "/" + number));
        if (!before.configurable()) {
            throw DomainException.invalid("rules.error.notConfigurable", ruleId, number);
        }
        RuleVersion after = toVersion(ruleId, number, before.validFrom(), before.validTo(), draft);
        if (!repository.updateVersion(after, expectedLock, actorName(), clock.instant())) {
            throw new OptimisticLockingFailureException("rule version " + ruleId + "/" + number + " changed");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        Map<String, Object> old = describe(before);
        describe(after).forEach((field, value) -> {
            if (!Objects.equals(old.get(field), value)) {
                details.put(field, old.get(field) + " → " + value);
            }
        });
        audit.recordChange(null, ENTITY, ruleId + "/" + number, "update", why, details);
        return after;
    }

    private static RuleVersion toVersion(String ruleId, int number, LocalDate from, LocalDate to, VersionDraft draft) {
        String source = VietnameseText.normalizeOrNull(draft.source());
        if (source == null) {
            throw DomainException.invalid("rules.error.sourceRequired");
        }
        Objects.requireNonNull(draft.confidence(), "confidence");
        return new RuleVersion(ruleId, number, from, to, draft.terms(), source, draft.confidence(),
                draft.configurable(), VietnameseText.normalizeOrNull(draft.note()));
    }

    private static String requireReason(String reason) {
        String why = VietnameseText.normalizeOrNull(reason);
        if (why == null) {
            throw DomainException.invalid("rules.error.reasonRequired");
        }
        return why;
    }

    private String actorName() {
        return currentActor.current().map(Actor::username).orElse("system");
    }

    /** The audited form of a version: one entry per field, the terms as "variant: kind amount unit …". */
    static Map<String, Object> describe(RuleVersion version) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("validFrom", String.valueOf(version.validFrom()));
        details.put("validTo", String.valueOf(version.validTo()));
        details.put("source", version.source());
        details.put("confidence", version.confidence().tag());
        details.put("configurable", version.configurable());
        details.put("note", String.valueOf(version.note()));
        details.put("terms", version.terms().entrySet().stream()
                .map(e -> (e.getKey().isEmpty() ? "ordinary" : VariantFlag.key(e.getKey())) + ": " + describe(e.getValue()))
                .sorted()
                .collect(Collectors.joining("; ")));
        return details;
    }

    private static String describe(Term term) {
        StringBuilder text = new StringBuilder(term.kind().name());
        if (term.kind() == TermKind.BY_FIXED_DATE) {
            text.append(' ').append(term.fixedDate()).append(term.fixedDateExclusive() ? " exclusive" : "");
        } else {
            text.append(' ').append(term.amount()).append(' ').append(term.unit());
        }
        if (term.extensionsAllowed() > 0) {
            text.append(" +").append(term.extensionsAllowed()).append('x').append(term.extensionAmount());
        }
        return text.toString();
    }
}
