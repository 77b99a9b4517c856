package vn.lamchu.cases;

import java.util.Locale;

/**
 * A subject category of letters (lĩnh vực), kept as data per tenant (RULEBOOK §13.4).
 *
 * @param regulation feedback on administrative regulations: its result must be published (Nghị định 20/2008/NĐ-CP)
 * @param answerDays working days to answer feedback in this category, overriding rule PAKN-answer; null: the rule
 */
public record CaseCategory(String code, String nameVi, String nameEn, boolean regulation, Integer answerDays,
                           int sortOrder, boolean active) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
