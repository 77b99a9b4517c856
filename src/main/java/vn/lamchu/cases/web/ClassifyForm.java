package vn.lamchu.cases.web;

import vn.lamchu.cases.CitizenCase;
import vn.lamchu.cases.Classification;
import vn.lamchu.cases.Competence;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.Eligibility;
import vn.lamchu.cases.Signatories;

/**
 * The classification form (Thông tư 07/2014/TT-TTCP, Điều 6). Values arrive as text and are turned into a
 * {@link Classification}, whose own checks name what is missing; a value that is not one of the choices counts as
 * not chosen.
 */
public class ClassifyForm {

    private Integer version;
    private String kind;
    private String eligibility;
    private String ineligibleReason;
    private String competence;
    private String signatories;
    private String signatoryCount;
    private String categoryCode;
    private String placeUnitId;

    static ClassifyForm of(CitizenCase c) {
        ClassifyForm f = new ClassifyForm();
        f.version = c.version();
        f.kind = c.kind() == null ? null : c.kind().name();
        f.eligibility = c.eligibility() == null ? null : c.eligibility().name();
        f.ineligibleReason = c.ineligibleReason();
        f.competence = c.competence() == null ? null : c.competence().name();
        f.signatories = c.signatories() == null ? null : c.signatories().name();
        f.signatoryCount = c.signatories() == Signatories.MANY ? Integer.toString(c.signatoryCount()) : null;
        f.categoryCode = c.categoryCode();
        f.placeUnitId = c.placeUnitId() == null ? null : c.placeUnitId().toString();
        return f;
    }

    Classification toClassification() {
        return new Classification(Forms.option(ContentKind.class, kind), Forms.option(Eligibility.class, eligibility),
                ineligibleReason, Forms.option(Competence.class, competence),
                Forms.option(Signatories.class, signatories), Forms.integer(signatoryCount),
                Forms.blankToNull(categoryCode), Forms.uuid(placeUnitId));
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getEligibility() { return eligibility; }
    public void setEligibility(String eligibility) { this.eligibility = eligibility; }
    public String getIneligibleReason() { return ineligibleReason; }
    public void setIneligibleReason(String ineligibleReason) { this.ineligibleReason = ineligibleReason; }
    public String getCompetence() { return competence; }
    public void setCompetence(String competence) { this.competence = competence; }
    public String getSignatories() { return signatories; }
    public void setSignatories(String signatories) { this.signatories = signatories; }
    public String getSignatoryCount() { return signatoryCount; }
    public void setSignatoryCount(String signatoryCount) { this.signatoryCount = signatoryCount; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getPlaceUnitId() { return placeUnitId; }
    public void setPlaceUnitId(String placeUnitId) { this.placeUnitId = placeUnitId; }
}
