package vn.lamchu.org.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lamchu.org.JurisdictionLevel;
import vn.lamchu.org.ReorganisationKind;
import vn.lamchu.org.Reorganisations;
import vn.lamchu.org.UnitDraft;
import vn.lamchu.org.UnitKind;

/** The reorganisation form: one page for every kind; the fields a kind does not use stay empty. */
public class ReorganisationForm {

    private ReorganisationKind kind;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;
    private String legalBasis;
    private String note;
    private String unitCodes;
    private String successorCodes;
    private String newName;
    private String newShortName;
    private String newParentCode;
    private String newUnitCode;
    private String newUnitName;
    private UnitKind newUnitKind;
    private String newUnitParentCode;
    private String newUnitJurisdictionCode;
    private JurisdictionLevel newUnitJurisdictionLevel;
    private String newUnitJurisdictionName;
    private Integer version;

    /** Maps a problem's field ({@code newUnits[0].code}) to the form's ({@code newUnitCode}). */
    static String field(String problemField) {
        if (!problemField.startsWith("newUnits[")) {
            return problemField;
        }
        String rest = problemField.substring(problemField.indexOf(']') + 1);
        return switch (rest) {
            case ".code" -> "newUnitCode";
            case ".name" -> "newUnitName";
            case ".kind" -> "newUnitKind";
            case ".parentCode" -> "newUnitParentCode";
            case ".jurisdictionCode" -> "newUnitJurisdictionCode";
            case ".newJurisdiction.level" -> "newUnitJurisdictionLevel";
            case ".newJurisdiction.name" -> "newUnitJurisdictionName";
            default -> "effectiveDate";
        };
    }

    boolean hasNewUnit() {
        return present(newUnitCode) || present(newUnitName) || newUnitKind != null;
    }

    Reorganisations.Command toCommand() {
        List<UnitDraft> newUnits = List.of();
        if (hasNewUnit()) {
            UnitDraft.JurisdictionDraft jurisdiction = new UnitDraft.JurisdictionDraft(newUnitJurisdictionLevel,
                    newUnitJurisdictionName);
            newUnits = List.of(new UnitDraft(newUnitCode, newUnitName, null, newUnitKind, newUnitParentCode,
                    newUnitJurisdictionCode, jurisdiction.isEmpty() ? null : jurisdiction, effectiveDate, null));
        }
        return new Reorganisations.Command(kind, effectiveDate, legalBasis, note, codes(unitCodes),
                codes(successorCodes), newUnits, kind == ReorganisationKind.RENAME ? newName : null,
                kind == ReorganisationKind.RENAME ? newShortName : null, newParentCode, version);
    }

    static List<String> codes(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("[\\s,;]+"));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    public ReorganisationKind getKind() { return kind; }
    public void setKind(ReorganisationKind kind) { this.kind = kind; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate effectiveDate) { this.effectiveDate = effectiveDate; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getUnitCodes() { return unitCodes; }
    public void setUnitCodes(String unitCodes) { this.unitCodes = unitCodes; }
    public String getSuccessorCodes() { return successorCodes; }
    public void setSuccessorCodes(String successorCodes) { this.successorCodes = successorCodes; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public String getNewShortName() { return newShortName; }
    public void setNewShortName(String newShortName) { this.newShortName = newShortName; }
    public String getNewParentCode() { return newParentCode; }
    public void setNewParentCode(String newParentCode) { this.newParentCode = newParentCode; }
    public String getNewUnitCode() { return newUnitCode; }
    public void setNewUnitCode(String newUnitCode) { this.newUnitCode = newUnitCode; }
    public String getNewUnitName() { return newUnitName; }
    public void setNewUnitName(String newUnitName) { this.newUnitName = newUnitName; }
    public UnitKind getNewUnitKind() { return newUnitKind; }
    public void setNewUnitKind(UnitKind newUnitKind) { this.newUnitKind = newUnitKind; }
    public String getNewUnitParentCode() { return newUnitParentCode; }
    public void setNewUnitParentCode(String code) { this.newUnitParentCode = code; }
    public String getNewUnitJurisdictionCode() { return newUnitJurisdictionCode; }
    public void setNewUnitJurisdictionCode(String code) { this.newUnitJurisdictionCode = code; }
    public JurisdictionLevel getNewUnitJurisdictionLevel() { return newUnitJurisdictionLevel; }
    public void setNewUnitJurisdictionLevel(JurisdictionLevel level) { this.newUnitJurisdictionLevel = level; }
    public String getNewUnitJurisdictionName() { return newUnitJurisdictionName; }
    public void setNewUnitJurisdictionName(String name) { this.newUnitJurisdictionName = name; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
