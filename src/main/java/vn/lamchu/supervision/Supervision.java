package vn.lamchu.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.lamchu.shared.UnitId;

/**
 * One supervision of a programme (NQLT 403/2017 arts 6–9), an inspection of the People's Inspection Board, or a
 * community investment project under supervision (then {@code projectProgress} is its progress in percent).
 */
public record Supervision(UUID id, UUID planId, int planYear, SupervisionBody body, UnitId ownerUnitId,
                          String ownerUnitName, UnitId leadingUnitId, String leadingUnitName, Role role, Form form,
                          String title, String topic, UnitId subjectUnitId, String subjectUnitName,
                          String subjectPeople, String team, LocalDate sessionOn, LocalDate noticeSentOn,
                          LocalDate reportReceivedOn, LocalDate sessionHeldOn, LocalDate teamReportOn,
                          String conclusion, LocalDate concludedOn, Integer projectProgress, Status status) {

    /** Chủ trì (leads) or phối hợp (takes part) — Luật MTTQ art. 26(3). */
    public enum Role { LEAD, TAKE_PART }

    /** Luật MTTQ art. 27 forms, plus the boards' own work. Labels {@code supervision.form.NAME}. */
    public enum Form { REPORTS, TEAM, OTHER_BODY, FEEDBACK, INSPECTION, INVESTMENT }

    public enum Status { PLANNED, NOTIFIED, HELD, REPORTED, CONCLUDED }

    public List<String> teamMembers() {
        return team == null ? List.of() : team.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public List<String> subjectPeopleList() {
        return subjectPeople == null ? List.of()
                : subjectPeople.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
