package vn.lamchu.org.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;

import vn.lamchu.org.ImportProblem;
import vn.lamchu.org.Jurisdiction;
import vn.lamchu.org.JurisdictionLevel;
import vn.lamchu.org.OrgImports;
import vn.lamchu.org.Person;
import vn.lamchu.org.Post;
import vn.lamchu.org.PostHolding;
import vn.lamchu.org.ReorganisationKind;
import vn.lamchu.org.Reorganisations;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitAdministration;
import vn.lamchu.org.UnitDraft;
import vn.lamchu.org.UnitKind;

/** The JSON of the organisation API: plain ids and dates (yyyy-MM-dd), no internal types. */
final class OrgJson {

    private OrgJson() {
    }

    public record UnitJson(UUID id, String code, String name, String shortName, UnitKind kind, UUID parentId,
                           UUID jurisdictionId, LocalDate validFrom, LocalDate validTo, int version) {

        static UnitJson of(Unit u) {
            return new UnitJson(u.id().value(), u.code(), u.name(), u.shortName(), u.kind(),
                    u.parentId() == null ? null : u.parentId().value(), u.jurisdictionId(), u.validFrom(),
                    u.validTo(), u.version());
        }
    }

    public record FoundJson(UnitJson unit, boolean ended, List<String> path) {
    }

    public record JurisdictionJson(UUID id, String code, String name, JurisdictionLevel level, UUID parentId,
                                   LocalDate validFrom, LocalDate validTo) {

        static JurisdictionJson of(Jurisdiction j) {
            return j == null ? null : new JurisdictionJson(j.id(), j.code(), j.name(), j.level(), j.parentId(),
                    j.validFrom(), j.validTo());
        }
    }

    public record HoldingJson(UUID id, UUID personId, String personName, UUID unitId, String unitName, Post post,
                              String title, LocalDate validFrom, LocalDate validTo, int version) {

        static HoldingJson of(PostHolding h) {
            return new HoldingJson(h.id(), h.personId(), h.personName(), h.unitId().value(), h.unitName(), h.post(),
                    h.title(), h.validFrom(), h.validTo(), h.version());
        }
    }

    public record HistoryJson(String change, LocalDate effectiveDate, String oldName, String newName, String oldParent,
                              String newParent) {
    }

    /** A unit named in a reorganisation; {@code id}, {@code code} and {@code name} are null outside the caller's scope. */
    public record UnitRefJson(UUID id, String code, String name) {

        static UnitRefJson of(Reorganisations.UnitRef ref) {
            return ref == null ? null : ref.visible() ? new UnitRefJson(ref.id().value(), ref.code(), ref.name())
                    : new UnitRefJson(null, null, null);
        }
    }

    public record LinkJson(UnitRefJson predecessor, UnitRefJson successor) {
    }

    public record ReorganisationJson(UUID id, ReorganisationKind kind, LocalDate effectiveDate, String legalBasis,
                                     String note, Instant recordedAt, String recordedBy, List<LinkJson> links) {

        static ReorganisationJson of(Reorganisations.View v) {
            return new ReorganisationJson(v.id(), v.kind(), v.effectiveDate(), v.legalBasis(), v.note(), v.recordedAt(),
                    v.recordedBy(), v.links().stream().map(l -> new LinkJson(UnitRefJson.of(l.predecessor()),
                    UnitRefJson.of(l.successor()))).toList());
        }
    }

    public record UnitDetailJson(UnitJson unit, boolean ended, JurisdictionJson jurisdiction, List<UnitJson> ancestors,
                                 List<UnitJson> children, List<HoldingJson> holdings, List<HistoryJson> history,
                                 List<ReorganisationJson> reorganisations, List<UnitJson> successorsToday) {

        static UnitDetailJson of(UnitAdministration.UnitDetail d) {
            return new UnitDetailJson(UnitJson.of(d.unit()), d.ended(), JurisdictionJson.of(d.jurisdiction()),
                    d.ancestors().stream().map(UnitJson::of).toList(), d.children().stream().map(UnitJson::of).toList(),
                    d.holdings().stream().map(HoldingJson::of).toList(),
                    d.history().stream().map(h -> new HistoryJson(h.change(), h.effectiveDate(), h.oldName(),
                            h.newName(), h.oldParent(), h.newParent())).toList(),
                    d.reorganisations().stream().map(ReorganisationJson::of).toList(),
                    d.successorsToday().stream().map(UnitJson::of).toList());
        }
    }

    public record PersonJson(UUID id, String code, String fullName, LocalDate birthDate, Person.Gender gender,
                             String phone, String email, boolean partyMember, UUID unitId, int version) {

        static PersonJson of(Person p) {
            return new PersonJson(p.id(), p.code(), p.fullName(), p.birthDate(), p.gender(), p.phone(), p.email(),
                    p.partyMember(), p.unitId().value(), p.version());
        }
    }

    public record PersonDetailJson(PersonJson person, String unitCode, List<HoldingJson> holdings) {
    }

    public record ProblemJson(int line, String message, String key) {
    }

    public record ImportJson(UUID id, OrgImports.Kind kind, String fileName, OrgImports.Status status, int total,
                             int done, int percent, boolean cancelRequested, List<ProblemJson> errors,
                             String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt) {

        static ImportJson of(OrgImports.ImportView v, MessageSource messages, Locale locale) {
            return new ImportJson(v.id(), v.kind(), v.fileName(), v.status(), v.total(), v.done(), v.percent(),
                    v.cancelRequested(), v.problems().stream().map(p -> problem(p, messages, locale)).toList(),
                    v.createdBy(), v.createdAt(), v.startedAt(), v.finishedAt());
        }

        private static ProblemJson problem(ImportProblem p, MessageSource messages, Locale locale) {
            return new ProblemJson(p.line(), p.message(messages, locale), p.key());
        }
    }

    // --- requests

    public record UnitRequest(String code, String name, String shortName, UnitKind kind, String parentCode,
                              String jurisdictionCode, JurisdictionLevel newJurisdictionLevel,
                              String newJurisdictionName, LocalDate validFrom, LocalDate validTo, Integer version) {

        UnitDraft toDraft() {
            UnitDraft.JurisdictionDraft j = new UnitDraft.JurisdictionDraft(newJurisdictionLevel, newJurisdictionName);
            return new UnitDraft(code, name, shortName, kind, parentCode, jurisdictionCode, j.isEmpty() ? null : j,
                    validFrom, validTo);
        }
    }

    public record PersonRequest(String code, String fullName, LocalDate birthDate, Person.Gender gender, String phone,
                                String email, Boolean partyMember, String unitCode, Integer version) {

        vn.lamchu.org.PersonDraft toDraft() {
            return new vn.lamchu.org.PersonDraft(code, fullName, birthDate, gender, phone, email,
                    Boolean.TRUE.equals(partyMember), unitCode);
        }
    }

    public record PostRequest(String unitCode, Post post, String title, LocalDate validFrom, LocalDate validTo) {
    }

    public record EndPostRequest(LocalDate validTo, Integer version) {
    }

    public record ReorganisationRequest(ReorganisationKind kind, LocalDate effectiveDate, String legalBasis, String note,
                                        List<String> units, List<String> successors, List<UnitRequest> newUnits,
                                        String newName, String newShortName, String newParentCode, Integer version) {

        Reorganisations.Command toCommand() {
            return new Reorganisations.Command(kind, effectiveDate, legalBasis, note, units, successors,
                    newUnits == null ? List.of() : newUnits.stream().map(UnitRequest::toDraft).toList(), newName,
                    newShortName, newParentCode, version);
        }
    }
}
