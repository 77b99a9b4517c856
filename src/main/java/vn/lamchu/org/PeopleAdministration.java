package vn.lamchu.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.org.OrgValidationException.Problem;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.UnitId;

/**
 * People and their posts as staff manage them. A person is visible to an actor whose scope contains the unit that
 * keeps the person's record or a unit where the person holds or held a post; only the posts inside the scope are
 * shown. Every change is audited and guarded by a version.
 */
@Service
@Transactional(readOnly = true)
public class PeopleAdministration {

    public static final int PAGE_SIZE = 50;

    private final PeopleStore people;
    private final UnitStore units;
    private final AuditLog audit;
    private final Clock clock;

    PeopleAdministration(PeopleStore people, UnitStore units, AuditLog audit, Clock clock) {
        this.people = people;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A person with the unit that keeps the record and the posts held in the actor's scope. */
    public record PersonDetail(Person person, Unit unit, List<PostHolding> holdings) {
    }

    /** People in scope matching the query (name with or without diacritics, code, phone), {@value #PAGE_SIZE} a page. */
    public List<Person> search(Actor actor, String query, int page) {
        return people.search(actor.tenantId(), actor.unitId(), vn.lamchu.shared.VietnameseText.normalize(query),
                PAGE_SIZE + 1, Math.max(0, page) * PAGE_SIZE);
    }

    /** @throws NotFoundException if the person is unknown in the tenant or outside the actor's scope */
    public Person person(Actor actor, UUID id) {
        return people.findInScope(actor.tenantId(), actor.unitId(), id)
                .orElseThrow(() -> new NotFoundException("person", id.toString()));
    }

    /** @throws NotFoundException as {@link #person} */
    public PersonDetail detail(Actor actor, UUID id) {
        Person person = person(actor, id);
        Scope scope = Scope.of(actor, units);
        List<PostHolding> holdings = people.holdingsOfPerson(actor.tenantId(), id).stream()
                .filter(h -> scope.contains(h.unitId())).toList();
        return new PersonDetail(person, units.find(actor.tenantId(), person.unitId()).orElse(null), holdings);
    }

    /** @throws OrgValidationException with every problem found */
    @Transactional
    public Person create(Actor actor, PersonDraft draft) {
        PersonDraft d = draft.normalized();
        Scope scope = Scope.of(actor, units);
        Unit unit = unitInScope(d.unitCode(), scope);
        boolean taken = d.code() != null && people.findByCode(actor.tenantId(), d.code()).isPresent();
        OrgValidationException.throwIfAny(PeopleRules.checkPerson(d, LegalTime.today(clock), taken, unit));
        Person person = new Person(actor.tenantId(), Ids.newId(clock), d.code(), d.fullName(), d.birthDate(),
                d.gender(), d.phone(), d.email(), d.partyMember(), unit.id(), 0);
        try {
            people.insert(person, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new OrgValidationException(List.of(Problem.of("code", "person.code.taken", d.code())));
        }
        audit.recordChange(actor.tenantId(), "person", person.id().toString(), "create", null,
                Map.of("unit", unit.code(), "code", String.valueOf(d.code())));
        return person;
    }

    /**
     * @throws NotFoundException                  if the person is outside the actor's scope
     * @throws OptimisticLockingFailureException if someone changed the person since {@code version}
     * @throws OrgValidationException            with every problem found
     */
    @Transactional
    public Person update(Actor actor, UUID id, PersonDraft draft, int version) {
        Person existing = person(actor, id);
        if (existing.version() != version) {
            throw new OptimisticLockingFailureException("person " + id + " changed");
        }
        PersonDraft d = draft.normalized();
        Scope scope = Scope.of(actor, units);
        Unit unit = unitInScope(d.unitCode(), scope);
        boolean taken = d.code() != null && people.findByCode(actor.tenantId(), d.code())
                .filter(p -> !p.id().equals(id)).isPresent();
        OrgValidationException.throwIfAny(PeopleRules.checkPerson(d, LegalTime.today(clock), taken, unit));
        Person changed = new Person(actor.tenantId(), id, d.code(), d.fullName(), d.birthDate(), d.gender(), d.phone(),
                d.email(), d.partyMember(), unit.id(), version + 1);
        try {
            if (!people.update(changed, version)) {
                throw new OptimisticLockingFailureException("person " + id + " changed");
            }
        } catch (DuplicateKeyException e) {
            throw new OrgValidationException(List.of(Problem.of("code", "person.code.taken", d.code())));
        }
        // personal data (phone, e-mail, birth date) stays out of the audit log: only which fields changed
        Map<String, Object> changes = new LinkedHashMap<>();
        changed(changes, "code", existing.code(), changed.code());
        changed(changes, "fullName", existing.fullName(), changed.fullName());
        changed(changes, "birthDate", existing.birthDate(), changed.birthDate());
        changed(changes, "gender", existing.gender(), changed.gender());
        changed(changes, "phone", existing.phone(), changed.phone());
        changed(changes, "email", existing.email(), changed.email());
        changed(changes, "partyMember", existing.partyMember(), changed.partyMember());
        changed(changes, "unit", existing.unitId(), changed.unitId());
        audit.recordChange(actor.tenantId(), "person", id.toString(), "update", null, Map.of("changed", changes.keySet()));
        return changed;
    }

    private static void changed(Map<String, Object> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, true);
        }
    }

    /**
     * Gives the person a post in a unit of the actor's scope.
     *
     * @throws OrgValidationException with every problem found
     */
    @Transactional
    public PostHolding assign(Actor actor, UUID personId, PostDraft draft) {
        Person person = person(actor, personId);
        PostDraft d = draft.normalized();
        Scope scope = Scope.of(actor, units);
        Unit unit = unitInScope(d.unitCode(), scope);
        List<PostHolding> samePost = unit == null || d.post() == null ? List.of()
                : people.holdingsOfPost(actor.tenantId(), unit.id(), d.post());
        OrgValidationException.throwIfAny(PeopleRules.checkHolding(d, unit, personId, samePost));
        UUID id = Ids.newId(clock);
        String title = d.title() != null ? d.title() : defaultTitle(d.post(), unit);
        people.insertHoldings(actor.tenantId(), List.of(new PeopleStore.NewHolding(id, personId, unit.id(), d.post(),
                title, d.validFrom(), d.validTo())));
        audit.recordChange(actor.tenantId(), "post_holding", id.toString(), "create", null, Map.of(
                "person", person.id().toString(), "unit", unit.code(), "post", d.post().name(),
                "validFrom", d.validFrom().toString(), "validTo", String.valueOf(d.validTo())));
        return people.holding(actor.tenantId(), id).orElseThrow();
    }

    /**
     * Ends a post on {@code date} (the first day it is no longer held).
     *
     * @throws NotFoundException                  if the holding is outside the actor's scope
     * @throws OptimisticLockingFailureException if someone changed it since {@code version}
     * @throws OrgValidationException            if the date is not after the first day, or after the current end
     */
    @Transactional
    public PostHolding end(Actor actor, UUID holdingId, LocalDate date, int version) {
        PostHolding holding = people.holding(actor.tenantId(), holdingId)
                .filter(h -> Scope.of(actor, units).contains(h.unitId()))
                .orElseThrow(() -> new NotFoundException("post_holding", holdingId.toString()));
        if (holding.version() != version) {
            throw new OptimisticLockingFailureException("post_holding " + holdingId + " changed");
        }
        if (date == null) {
            throw new OrgValidationException(List.of(Problem.of("validTo", "post.validTo.required")));
        }
        if (!date.isAfter(holding.validFrom()) || (holding.validTo() != null && date.isAfter(holding.validTo()))) {
            throw new OrgValidationException(List.of(Problem.of("validTo", "post.end.date",
                    Periods.show(holding.validFrom()), Periods.show(holding.validTo()))));
        }
        if (!people.endHolding(actor.tenantId(), holdingId, date, version)) {
            throw new OptimisticLockingFailureException("post_holding " + holdingId + " changed");
        }
        audit.recordChange(actor.tenantId(), "post_holding", holdingId.toString(), "end", null,
                Map.of("validTo", date.toString()));
        return people.holding(actor.tenantId(), holdingId).orElseThrow();
    }

    /** "Chủ tịch — Ủy ban nhân dân xã Tân Phú": the post's label and the unit's name. */
    static String defaultTitle(Post post, Unit unit) {
        return post.vietnameseLabel() + " — " + unit.name();
    }

    private Unit unitInScope(String code, Scope scope) {
        return code == null ? null : units.findByCode(scope.tenant(), code).filter(scope::contains).orElse(null);
    }

    /** @throws NotFoundException if the unit is outside the actor's scope */
    public List<PostHolding> holdingsOfUnit(Actor actor, UnitId unit) {
        if (!Scope.of(actor, units).contains(unit)) {
            throw new NotFoundException("unit", unit.toString());
        }
        return people.holdingsInUnit(actor.tenantId(), unit);
    }
}
