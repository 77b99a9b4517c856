package vn.lamchu.cases.web;

import vn.lamchu.cases.CategoryAdministration;
import vn.lamchu.cases.CaseCategory;

/** The subject category form. */
public class CategoryForm {

    private String code;
    private String nameVi;
    private String nameEn;
    private boolean regulation;
    private Integer answerDays;
    private Integer sortOrder;
    private boolean active = true;
    private Integer version;
    private String reason;

    static CategoryForm of(CategoryAdministration.CategoryRow row) {
        CaseCategory c = row.category();
        CategoryForm form = new CategoryForm();
        form.code = c.code();
        form.nameVi = c.nameVi();
        form.nameEn = c.nameEn();
        form.regulation = c.regulation();
        form.answerDays = c.answerDays();
        form.sortOrder = c.sortOrder();
        form.active = c.active();
        form.version = row.version();
        return form;
    }

    CategoryAdministration.CategoryDraft toDraft() {
        return new CategoryAdministration.CategoryDraft(code, nameVi, nameEn, regulation, answerDays, sortOrder, active);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public boolean isRegulation() { return regulation; }
    public void setRegulation(boolean regulation) { this.regulation = regulation; }
    public Integer getAnswerDays() { return answerDays; }
    public void setAnswerDays(Integer answerDays) { this.answerDays = answerDays; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
