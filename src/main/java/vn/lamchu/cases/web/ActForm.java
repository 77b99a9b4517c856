package vn.lamchu.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import vn.lamchu.cases.ProceedingAct;
import vn.lamchu.cases.ProceedingActKind;
import vn.lamchu.shared.DomainException;

/** The page form of one step of a complaint or denunciation procedure (bound from the case page). */
public class ActForm {

    private Integer version;
    private String kind;
    private String mode;
    private String text;
    private String result;
    private String ground;
    private String date;
    private String place;
    private String targetUnitId;
    private Boolean complex;
    private Boolean veryComplex;
    private Boolean remote;
    private Boolean severalPlaces;
    private Boolean discipline;
    private Boolean dismissal;
    private Boolean matchesRequest;
    private Boolean attended;
    private Boolean managementCheck;
    private String obstacle;

    /** Whether the officer proposes the step for the leader's signature rather than taking it. */
    boolean proposing() {
        return "propose".equals(mode);
    }

    ProceedingActKind actKind() {
        ProceedingActKind k = Forms.option(ProceedingActKind.class, kind);
        if (k == null) {
            throw DomainException.invalid("cases.proceeding.error.kind");
        }
        return k;
    }

    ProceedingAct toAct() {
        ProceedingActKind k = actKind();
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? null : LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("cases.proceeding.error.dialogueDate");
        }
        UUID target = Forms.uuid(targetUnitId);
        // a complexity form states every flag: an unticked box clears it
        boolean all = k == ProceedingActKind.SET_COMPLEXITY;
        return new ProceedingAct(k, text, Forms.blankToNull(result), Forms.blankToNull(ground), day,
                Forms.blankToNull(place), target, flag(complex, all), flag(veryComplex, all), flag(remote, all),
                flag(severalPlaces, all), discipline, dismissal, matchesRequest, attended, managementCheck,
                Forms.blankToNull(obstacle));
    }

    private static Boolean flag(Boolean value, boolean stated) {
        return value == null && stated ? Boolean.FALSE : value;
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public String getGround() { return ground; }
    public void setGround(String ground) { this.ground = ground; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getTargetUnitId() { return targetUnitId; }
    public void setTargetUnitId(String targetUnitId) { this.targetUnitId = targetUnitId; }
    public Boolean getComplex() { return complex; }
    public void setComplex(Boolean complex) { this.complex = complex; }
    public Boolean getVeryComplex() { return veryComplex; }
    public void setVeryComplex(Boolean veryComplex) { this.veryComplex = veryComplex; }
    public Boolean getRemote() { return remote; }
    public void setRemote(Boolean remote) { this.remote = remote; }
    public Boolean getSeveralPlaces() { return severalPlaces; }
    public void setSeveralPlaces(Boolean severalPlaces) { this.severalPlaces = severalPlaces; }
    public Boolean getDiscipline() { return discipline; }
    public void setDiscipline(Boolean discipline) { this.discipline = discipline; }
    public Boolean getDismissal() { return dismissal; }
    public void setDismissal(Boolean dismissal) { this.dismissal = dismissal; }
    public Boolean getMatchesRequest() { return matchesRequest; }
    public void setMatchesRequest(Boolean matchesRequest) { this.matchesRequest = matchesRequest; }
    public Boolean getAttended() { return attended; }
    public void setAttended(Boolean attended) { this.attended = attended; }
    public Boolean getManagementCheck() { return managementCheck; }
    public void setManagementCheck(Boolean managementCheck) { this.managementCheck = managementCheck; }
    public String getObstacle() { return obstacle; }
    public void setObstacle(String obstacle) { this.obstacle = obstacle; }
}
