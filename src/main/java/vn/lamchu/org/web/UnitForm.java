package vn.lamchu.org.web;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lamchu.org.Jurisdiction;
import vn.lamchu.org.JurisdictionLevel;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitDraft;
import vn.lamchu.org.UnitKind;

/** The unit form: create (with a parent) and correct. */
public class UnitForm {

    /** Problem fields of the rules → fields of this form. */
    static final Map<String, String> FIELDS = Map.of(
            "newJurisdiction.level", "newJurisdictionLevel", "newJurisdiction.name", "newJurisdictionName");

    private String code;
    private String name;
    private String shortName;
    private UnitKind kind;
    private String parentCode;
    private String jurisdictionCode;
    private JurisdictionLevel newJurisdictionLevel;
    private String newJurisdictionName;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;
    private int version;

    static UnitForm of(Unit unit, Jurisdiction jurisdiction) {
        UnitForm form = new UnitForm();
        form.code = unit.code();
        form.name = unit.name();
        form.shortName = unit.shortName();
        form.kind = unit.kind();
        form.jurisdictionCode = jurisdiction == null ? null : jurisdiction.code();
        form.validFrom = unit.validFrom();
        form.validTo = unit.validTo();
        form.version = unit.version();
        return form;
    }

    UnitDraft toDraft() {
        UnitDraft.JurisdictionDraft newJurisdiction = new UnitDraft.JurisdictionDraft(newJurisdictionLevel, newJurisdictionName);
        return new UnitDraft(code, name, shortName, kind, parentCode, jurisdictionCode,
                newJurisdiction.isEmpty() ? null : newJurisdiction, validFrom, validTo);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public UnitKind getKind() { return kind; }
    public void setKind(UnitKind kind) { this.kind = kind; }
    public String getParentCode() { return parentCode; }
    public void setParentCode(String parentCode) { this.parentCode = parentCode; }
    public String getJurisdictionCode() { return jurisdictionCode; }
    public void setJurisdictionCode(String jurisdictionCode) { this.jurisdictionCode = jurisdictionCode; }
    public JurisdictionLevel getNewJurisdictionLevel() { return newJurisdictionLevel; }
    public void setNewJurisdictionLevel(JurisdictionLevel level) { this.newJurisdictionLevel = level; }
    public String getNewJurisdictionName() { return newJurisdictionName; }
    public void setNewJurisdictionName(String name) { this.newJurisdictionName = name; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
