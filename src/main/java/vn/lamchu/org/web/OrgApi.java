package vn.lamchu.org.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.PeopleAdministration;
import vn.lamchu.org.Post;
import vn.lamchu.org.Reorganisations;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitAdministration;
import vn.lamchu.org.web.OrgJson.FoundJson;
import vn.lamchu.org.web.OrgJson.HoldingJson;
import vn.lamchu.org.web.OrgJson.JurisdictionJson;
import vn.lamchu.org.web.OrgJson.PersonDetailJson;
import vn.lamchu.org.web.OrgJson.PersonJson;
import vn.lamchu.org.web.OrgJson.ReorganisationJson;
import vn.lamchu.org.web.OrgJson.UnitDetailJson;
import vn.lamchu.org.web.OrgJson.UnitJson;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.UnitId;

/**
 * The organisation REST API: units, jurisdictions, people, posts, reorganisations. Reads need ORG_READ, changes
 * ORG_MANAGE; everything is limited to the caller's scope (a unit outside it is 404). Units are named by code in
 * requests. Errors are RFC 9457 problem details; a rule violation lists every field's problem in {@code errors}.
 */
@RestController
@RequestMapping("/api/v1/org")
@PreAuthorize("hasAuthority('ORG_READ')")
class OrgApi {

    private final UnitAdministration units;
    private final PeopleAdministration people;
    private final Reorganisations reorganisations;
    private final OrgDirectory directory;
    private final CurrentActor currentActor;
    private final Clock clock;

    OrgApi(UnitAdministration units, PeopleAdministration people, Reorganisations reorganisations,
           OrgDirectory directory, CurrentActor currentActor, Clock clock) {
        this.units = units;
        this.people = people;
        this.reorganisations = reorganisations;
        this.directory = directory;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Units of the caller's scope; with {@code q}, those whose name or code contains it (diacritics optional). */
    @GetMapping("/units")
    List<FoundJson> units(@RequestParam(required = false) String q,
                          @RequestParam(defaultValue = "false") boolean includeEnded) {
        Actor actor = currentActor.require();
        if (q != null && !q.isBlank()) {
            return units.search(actor, q, includeEnded).stream()
                    .map(f -> new FoundJson(UnitJson.of(f.unit()), f.ended(), f.path())).toList();
        }
        LocalDate today = LegalTime.today(clock);
        return units.unitsInScope(actor).stream()
                .filter(u -> includeEnded || u.validTo() == null || today.isBefore(u.validTo()))
                .map(u -> new FoundJson(UnitJson.of(u), u.validTo() != null && !today.isBefore(u.validTo()), List.of()))
                .toList();
    }

    @GetMapping("/units/{id}")
    UnitDetailJson unit(@PathVariable UUID id) {
        return UnitDetailJson.of(units.detail(currentActor.require(), new UnitId(id)));
    }

    @PostMapping("/units")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    ResponseEntity<UnitJson> create(@RequestBody OrgJson.UnitRequest request) {
        Unit unit = units.create(currentActor.require(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/org/units/" + unit.id())).body(UnitJson.of(unit));
    }

    /** Corrects a unit; {@code version} is required (409 if someone changed it meanwhile). */
    @PutMapping("/units/{id}")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    UnitJson update(@PathVariable UUID id, @RequestBody OrgJson.UnitRequest request) {
        return UnitJson.of(units.update(currentActor.require(), new UnitId(id), request.toDraft(), version(request.version())));
    }

    /** The units that carry on the unit's work on {@code date} (default today), within the caller's scope. */
    @GetMapping("/units/{id}/successors")
    List<UnitJson> successors(@PathVariable UUID id,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Actor actor = currentActor.require();
        Unit unit = units.unit(actor, new UnitId(id));
        return directory.successorsOf(actor.tenantId(), unit.id(), date == null ? LegalTime.today(clock) : date).stream()
                .filter(u -> directory.isWithin(actor.tenantId(), u.id(), actor.unitId()))
                .map(UnitJson::of).toList();
    }

    /** Who holds {@code post} in the unit on {@code date} (default today). */
    @GetMapping("/units/{id}/holders")
    List<HoldingJson> holders(@PathVariable UUID id, @RequestParam Post post,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Actor actor = currentActor.require();
        Unit unit = units.unit(actor, new UnitId(id));
        return directory.holders(actor.tenantId(), unit.id(), post, date == null ? LegalTime.today(clock) : date)
                .stream().map(HoldingJson::of).toList();
    }

    @GetMapping("/jurisdictions")
    List<JurisdictionJson> jurisdictions() {
        return units.jurisdictions(currentActor.require()).stream().map(JurisdictionJson::of).toList();
    }

    @GetMapping("/people")
    List<PersonJson> people(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page) {
        return people.search(currentActor.require(), q, page).stream().limit(PeopleAdministration.PAGE_SIZE)
                .map(PersonJson::of).toList();
    }

    @GetMapping("/people/{id}")
    PersonDetailJson person(@PathVariable UUID id) {
        var detail = people.detail(currentActor.require(), id);
        return new PersonDetailJson(PersonJson.of(detail.person()), detail.unit() == null ? null : detail.unit().code(),
                detail.holdings().stream().map(HoldingJson::of).toList());
    }

    @PostMapping("/people")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    ResponseEntity<PersonJson> createPerson(@RequestBody OrgJson.PersonRequest request) {
        var person = people.create(currentActor.require(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/org/people/" + person.id())).body(PersonJson.of(person));
    }

    @PutMapping("/people/{id}")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    PersonJson updatePerson(@PathVariable UUID id, @RequestBody OrgJson.PersonRequest request) {
        return PersonJson.of(people.update(currentActor.require(), id, request.toDraft(), version(request.version())));
    }

    @PostMapping("/people/{id}/posts")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    ResponseEntity<HoldingJson> assign(@PathVariable UUID id, @RequestBody OrgJson.PostRequest request) {
        var holding = people.assign(currentActor.require(), id, new vn.lamchu.org.PostDraft(request.unitCode(),
                request.post(), request.title(), request.validFrom(), request.validTo()));
        return ResponseEntity.created(URI.create("/api/v1/org/posts/" + holding.id())).body(HoldingJson.of(holding));
    }

    /** Ends a post on {@code validTo} (the first day it is no longer held). */
    @PostMapping("/posts/{id}/end")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    HoldingJson endPost(@PathVariable UUID id, @RequestBody OrgJson.EndPostRequest request) {
        return HoldingJson.of(people.end(currentActor.require(), id, request.validTo(), version(request.version())));
    }

    @PostMapping("/reorganisations")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    ResponseEntity<ReorganisationJson> reorganise(@RequestBody OrgJson.ReorganisationRequest request) {
        var view = reorganisations.record(currentActor.require(), request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/org/reorganisations/" + view.id()))
                .body(ReorganisationJson.of(view));
    }

    @GetMapping("/reorganisations/{id}")
    ReorganisationJson reorganisation(@PathVariable UUID id) {
        return ReorganisationJson.of(reorganisations.get(currentActor.require(), id));
    }

    private static int version(Integer version) {
        if (version == null) {
            throw DomainException.invalid("org.version.required");
        }
        return version;
    }
}
