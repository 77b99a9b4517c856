package vn.lamchu.cases.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.lamchu.cases.CaseId;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.VietnameseText;

/**
 * A request for protection of a denouncer and its decision (Luật Tố cáo 2018, Điều 47 khoản 3, Điều 50–55; RULEBOOK
 * §15.2 "Protection sub-workflow: Requested → Decided → Active → Ended"). The state machine:
 * <ul>
 * <li>{@link Status#REQUESTED}: asked in writing, or orally when urgent (Điều 50 khoản 1, 3), or taken up by the
 * resolver on his own initiative (Điều 47 khoản 3);</li>
 * <li>{@link Status#DECIDED}: the resolver grants it, recording the measures, the bodies responsible and when the
 * protection starts (Điều 52 khoản 2), or refuses it with reasons (Điều 51 khoản 3; a refusal is final here);</li>
 * <li>{@link Status#ACTIVE}: a granted protection from its start date on (Điều 52 khoản 5);</li>
 * <li>{@link Status#ENDED}: when the conclusion or a termination is issued, or when the ground for it ends (Điều 54
 * khoản 2).</li>
 * </ul>
 * Any other step is refused with a conflict (409). Kept as data; {@link ProtectionRequests} stores it.
 */
public final class ProtectionRequest {

    public static final int TEXT_MAX = 2000;

    public enum Status { REQUESTED, DECIDED, ACTIVE, ENDED }

    /** Who started it (Điều 47 khoản 3: on request, or on the resolver's own initiative). */
    public enum Initiative { DENOUNCER, RESOLVER }

    /** How it was asked (Điều 50 khoản 1, 3). */
    public enum Form { WRITTEN, ORAL }

    /** What is protected (Điều 47 khoản 1; Điều 56–58). */
    public enum Measure { CONFIDENTIALITY, JOB, LIFE_HEALTH, PROPERTY, HONOUR }

    /** Whom: the denouncer, spouse, parents (by birth or adoption), children (by birth or adoption) (Điều 47 khoản 1). */
    public enum Relationship { DENOUNCER, SPOUSE, PARENT, CHILD }

    /** Why it ended (Điều 54 khoản 2). */
    public enum EndReason { CONCLUDED, TERMINATED, GROUND_ENDED }

    /** A protected person; name and address are sealed when stored and never put in a document. */
    public record Person(Relationship relationship, String name, String address) {
        public Person {
            if (relationship == null) {
                throw DomainException.invalid("protection.error.relationship");
            }
            name = VietnameseText.normalizeOrNull(name);
            address = VietnameseText.normalizeOrNull(address);
            if (relationship != Relationship.DENOUNCER && name == null) {
                throw DomainException.invalid("protection.error.personName");
            }
            if (name != null && name.length() > 300 || address != null && address.length() > 300) {
                throw DomainException.invalid("protection.error.tooLong", 300);
            }
        }
    }

    final UUID id;
    final CaseId caseId;
    Status status;
    final Initiative initiative;
    final Form form;
    final LocalDate requestedOn;
    final List<Person> persons;
    final Set<Measure> measures;
    final String note;
    Boolean granted;
    String decisionReasons;
    Set<Measure> grantedMeasures;
    String responsibleBodies;
    LocalDate startOn;
    EndReason endReason;
    String endNote;
    Instant endedAt;
    int version;
    String documentNumber;

    ProtectionRequest(UUID id, CaseId caseId, Initiative initiative, Form form, LocalDate requestedOn,
                      List<Person> persons, Set<Measure> measures, String note) {
        if (initiative == null) {
            throw DomainException.invalid("protection.error.initiative");
        }
        if (form == null) {
            throw DomainException.invalid("protection.error.form");
        }
        if (requestedOn == null) {
            throw DomainException.invalid("protection.error.requestedOn");
        }
        if (persons == null || persons.isEmpty()) {
            throw DomainException.invalid("protection.error.persons");
        }
        if (measures == null || measures.isEmpty()) {
            throw DomainException.invalid("protection.error.measures");
        }
        this.id = id;
        this.caseId = caseId;
        this.status = Status.REQUESTED;
        this.initiative = initiative;
        this.form = form;
        this.requestedOn = requestedOn;
        this.persons = List.copyOf(persons);
        this.measures = Set.copyOf(measures);
        this.note = text(note, false);
    }

    /** The status on a day: a granted protection is active from its start date (Điều 52 khoản 5). */
    public Status statusOn(LocalDate today) {
        if (status == Status.DECIDED && Boolean.TRUE.equals(granted) && !startOn.isAfter(today)) {
            return Status.ACTIVE;
        }
        return status;
    }

    /** The resolver grants protection (Điều 51 khoản 1, Điều 52 khoản 2). */
    void grant(Set<Measure> measures, String bodies, LocalDate start, String reasons) {
        requireStatus(status == Status.REQUESTED);
        if (measures == null || measures.isEmpty()) {
            throw DomainException.invalid("protection.error.measures");
        }
        String responsible = text(bodies, true);
        if (start == null || start.isBefore(requestedOn)) {
            throw DomainException.invalid("protection.error.startOn");
        }
        this.decisionReasons = text(reasons, true);
        this.grantedMeasures = EnumSet.copyOf(measures);
        this.responsibleBodies = responsible;
        this.startOn = start;
        this.granted = true;
        this.status = Status.DECIDED;
    }

    /** The resolver refuses, with reasons the denouncer is told in writing (Điều 51 khoản 3). */
    void refuse(String reasons) {
        requireStatus(status == Status.REQUESTED);
        this.decisionReasons = text(reasons, true);
        this.granted = false;
        this.status = Status.DECIDED;
    }

    /** A granted protection ends (Điều 54 khoản 2); a refused one has nothing to end. */
    void end(EndReason reason, String note, Instant at) {
        requireStatus(status == Status.DECIDED && Boolean.TRUE.equals(granted));
        close(reason, note, at);
    }

    /**
     * The proceeding concluded or was terminated: every protection of the case ends, and a request not yet decided
     * has nothing left to protect (Điều 54 khoản 2 điểm a).
     *
     * @return whether it ended now
     */
    boolean endWithProceeding(EndReason reason, Instant at) {
        boolean open = status == Status.REQUESTED || status == Status.DECIDED && Boolean.TRUE.equals(granted);
        if (open) {
            close(reason, null, at);
        }
        return open;
    }

    private void close(EndReason reason, String note, Instant at) {
        if (reason == null) {
            throw DomainException.invalid("protection.error.endReason");
        }
        this.endReason = reason;
        this.endNote = text(note, false);
        this.endedAt = at;
        this.status = Status.ENDED;
    }

    private void requireStatus(boolean ok) {
        if (!ok) {
            throw DomainException.conflict("protection.error.transition", status.name());
        }
    }

    private static String text(String value, boolean required) {
        String clean = VietnameseText.normalizeLines(value);
        if (required && (clean == null || clean.length() < 5)) {
            throw DomainException.invalid("protection.error.text", 5, TEXT_MAX);
        }
        if (clean != null && clean.length() > TEXT_MAX) {
            throw DomainException.invalid("protection.error.text", 5, TEXT_MAX);
        }
        return clean;
    }

    public UUID id() { return id; }
    public CaseId caseId() { return caseId; }
    public Status storedStatus() { return status; }
    public Initiative initiative() { return initiative; }
    public Form form() { return form; }
    public LocalDate requestedOn() { return requestedOn; }
    public List<Person> persons() { return persons; }
    public Set<Measure> measures() { return measures; }
    public String note() { return note; }
    public Boolean granted() { return granted; }
    public String decisionReasons() { return decisionReasons; }
    public Set<Measure> grantedMeasures() { return grantedMeasures; }
    public String responsibleBodies() { return responsibleBodies; }
    public LocalDate startOn() { return startOn; }
    public EndReason endReason() { return endReason; }
    public String endNote() { return endNote; }
    public Instant endedAt() { return endedAt; }
    public int version() { return version; }
}
