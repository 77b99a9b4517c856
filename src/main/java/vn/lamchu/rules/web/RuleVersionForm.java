package vn.lamchu.rules.web;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.validation.BindingResult;

import vn.lamchu.rules.Confidence;
import vn.lamchu.rules.PeriodUnit;
import vn.lamchu.rules.RuleAdministration;
import vn.lamchu.rules.RuleVersion;
import vn.lamchu.rules.Term;
import vn.lamchu.rules.TermKind;
import vn.lamchu.rules.VariantFlag;

/**
 * The administrator's form for a rule version: validity (for a new version), source, confidence, note, one row per
 * term (the ordinary case and each variant), the reason for the change and the lock counter it was based on. Values
 * stay text until {@link #toDraft} checks them, so that a wrong value is shown back with its message.
 */
public class RuleVersionForm {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d/M");

    private String validFrom = "";
    private String validTo = "";
    private String source = "";
    private String confidence = "V";
    private boolean configurable;
    private String note = "";
    private String reason = "";
    private int lock;
    private List<TermRow> terms = new ArrayList<>();

    /** One term of the version. */
    public static class TermRow {
        private String variant = "";
        private String kind = TermKind.WITHIN.name();
        private String amount = "";
        private String unit = "";
        private String fixedDate = "";
        private boolean fixedExclusive;
        private String extensionsAllowed = "0";
        private String extensionAmount = "0";

        public String getVariant() { return variant; }
        public void setVariant(String variant) { this.variant = variant; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getFixedDate() { return fixedDate; }
        public void setFixedDate(String fixedDate) { this.fixedDate = fixedDate; }
        public boolean isFixedExclusive() { return fixedExclusive; }
        public void setFixedExclusive(boolean fixedExclusive) { this.fixedExclusive = fixedExclusive; }
        public String getExtensionsAllowed() { return extensionsAllowed; }
        public void setExtensionsAllowed(String extensionsAllowed) { this.extensionsAllowed = extensionsAllowed; }
        public String getExtensionAmount() { return extensionAmount; }
        public void setExtensionAmount(String extensionAmount) { this.extensionAmount = extensionAmount; }
    }

    /** A form filled with a version's values. */
    static RuleVersionForm of(RuleVersion version, int lock) {
        RuleVersionForm form = new RuleVersionForm();
        form.source = version.source();
        form.confidence = version.confidence().tag();
        form.configurable = version.configurable();
        form.note = version.note() == null ? "" : version.note();
        form.lock = lock;
        version.terms().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(VariantFlag.ORDER))
                .forEach(e -> {
                    Term term = e.getValue();
                    TermRow row = new TermRow();
                    row.variant = VariantFlag.key(e.getKey());
                    row.kind = term.kind().name();
                    row.amount = term.kind() == TermKind.BY_FIXED_DATE ? "" : Integer.toString(term.amount());
                    row.unit = term.unit() == null ? "" : term.unit().name();
                    row.fixedDate = term.fixedDate() == null ? ""
                            : term.fixedDate().getDayOfMonth() + "/" + term.fixedDate().getMonthValue();
                    row.fixedExclusive = term.fixedDateExclusive();
                    row.extensionsAllowed = Integer.toString(term.extensionsAllowed());
                    row.extensionAmount = Integer.toString(term.extensionAmount());
                    form.terms.add(row);
                });
        return form;
    }

    /**
     * The checked values, or null with the problems recorded in {@code errors}.
     *
     * @param withValidity whether the validity dates are part of the form (a new version)
     */
    RuleAdministration.VersionDraft toDraft(boolean withValidity, BindingResult errors) {
        LocalDate from = null;
        LocalDate to = null;
        if (withValidity) {
            from = date("validFrom", validFrom, true, errors);
            to = date("validTo", validTo, false, errors);
        }
        if (source == null || source.isBlank()) {
            errors.rejectValue("source", "rules.error.sourceRequired");
        }
        if (reason == null || reason.isBlank()) {
            errors.rejectValue("reason", "rules.error.reasonRequired");
        }
        Confidence tag = null;
        try {
            tag = Confidence.ofTag(confidence);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("confidence", "rules.error.required");
        }
        Map<Set<VariantFlag>, Term> parsed = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            TermRow row = terms.get(i);
            Term term = term(i, row, errors);
            if (term != null) {
                try {
                    parsed.put(VariantFlag.parseKey(row.variant), term);
                } catch (IllegalArgumentException e) {
                    errors.rejectValue("terms[" + i + "].kind", "rules.error.termInvalid");
                }
            }
        }
        if (!parsed.containsKey(Set.of()) && !errors.hasErrors()) {
            errors.reject("rules.error.termInvalid");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new RuleAdministration.VersionDraft(from, to, source, tag, configurable, note, parsed);
    }

    private static Term term(int i, TermRow row, BindingResult errors) {
        String prefix = "terms[" + i + "].";
        TermKind kind;
        try {
            kind = TermKind.valueOf(row.kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.rejectValue(prefix + "kind", "rules.error.required");
            return null;
        }
        int before = errors.getErrorCount();
        int amount = 0;
        PeriodUnit unit = null;
        MonthDay fixed = null;
        if (kind == TermKind.BY_FIXED_DATE) {
            try {
                fixed = MonthDay.parse(row.fixedDate.strip(), DAY_MONTH);
            } catch (DateTimeParseException | NullPointerException e) {
                errors.rejectValue(prefix + "fixedDate", "rules.error.fixedDate");
            }
        } else {
            amount = number(prefix + "amount", row.amount, 1, Term.MAX_AMOUNT, errors);
            try {
                unit = PeriodUnit.valueOf(row.unit);
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.rejectValue(prefix + "unit", "rules.error.required");
            }
        }
        int extensions = number(prefix + "extensionsAllowed", row.extensionsAllowed, 0, Term.MAX_EXTENSIONS, errors);
        int extensionAmount = number(prefix + "extensionAmount", row.extensionAmount, 0, Term.MAX_AMOUNT, errors);
        if (errors.getErrorCount() > before) {
            return null;
        }
        try {
            return new Term(kind, amount, unit, fixed, kind == TermKind.BY_FIXED_DATE && row.fixedExclusive,
                    extensions, extensions == 0 ? 0 : extensionAmount);
        } catch (IllegalArgumentException e) {
            errors.rejectValue(prefix + "kind", "rules.error.termInvalid");
            return null;
        }
    }

    private static int number(String field, String text, int min, int max, BindingResult errors) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.rejectValue(field, "rules.error.number", new Object[]{min, max}, null);
        return 0;
    }

    private static LocalDate date(String field, String text, boolean required, BindingResult errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.rejectValue(field, "rules.error.required");
            }
            return null;
        }
        LocalDate date = DeadlineQuery.parseDate(text.strip());
        if (date == null) {
            errors.rejectValue(field, "rules.error.badDate", new Object[]{text}, null);
        } else if (date.isBefore(DeadlineQuery.EARLIEST) || date.isAfter(DeadlineQuery.LATEST)) {
            errors.rejectValue(field, "rules.error.dateOutOfRange", new Object[]{text,
                    vn.lamchu.rules.DateText.of(DeadlineQuery.EARLIEST), vn.lamchu.rules.DateText.of(DeadlineQuery.LATEST)}, null);
            return null;
        }
        return date;
    }

    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
    public String getValidTo() { return validTo; }
    public void setValidTo(String validTo) { this.validTo = validTo; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getConfidence() { return confidence; }
    public void setConfidence(String confidence) { this.confidence = confidence; }
    public boolean isConfigurable() { return configurable; }
    public void setConfigurable(boolean configurable) { this.configurable = configurable; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public int getLock() { return lock; }
    public void setLock(int lock) { this.lock = lock; }
    public List<TermRow> getTerms() { return terms; }
    public void setTerms(List<TermRow> terms) { this.terms = terms; }
}
