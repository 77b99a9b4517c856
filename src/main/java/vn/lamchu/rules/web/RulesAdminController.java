package vn.lamchu.rules.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.lamchu.rules.Confidence;
import vn.lamchu.rules.PeriodUnit;
import vn.lamchu.rules.Rule;
import vn.lamchu.rules.RuleAdministration;
import vn.lamchu.rules.RuleCatalog;
import vn.lamchu.rules.RuleVersion;
import vn.lamchu.rules.TermKind;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;

/**
 * Administration of the deadline rules: the list (unconfirmed rules marked), a rule with its versions, a new
 * version with validity dates, and in-place correction of an unconfirmed version. Requires RULES_MANAGE.
 */
@Controller
@RequestMapping("/admin/rules")
@PreAuthorize("hasAuthority('RULES_MANAGE')")
class RulesAdminController {

    private final RuleCatalog catalog;
    private final RuleAdministration administration;
    private final DeadlineTexts texts;
    private final Clock clock;

    RulesAdminController(RuleCatalog catalog, RuleAdministration administration, DeadlineTexts texts, Clock clock) {
        this.catalog = catalog;
        this.administration = administration;
        this.texts = texts;
        this.clock = clock;
    }

    /** One version as the admin pages show it. */
    record VersionRow(RuleVersion version, String validity, String terms, String confidence, boolean inForce,
                      boolean unconfirmed) {
    }

    /** One rule in the list: its current version. */
    record RuleRow(Rule rule, VersionRow current) {
    }

    @GetMapping
    String list(Model model, Locale locale) {
        LocalDate today = LegalTime.today(clock);
        List<RuleRow> rows = catalog.rules().stream()
                .map(rule -> new RuleRow(rule, row(rule.current(today), today, locale))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("unconfirmedCount", rows.stream().filter(r -> r.rule().hasConfigurableVersion()).count());
        return "rules/admin-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Model model, Locale locale) {
        Rule rule = catalog.rule(id);
        LocalDate today = LegalTime.today(clock);
        model.addAttribute("rule", rule);
        List<VersionRow> versions = new ArrayList<>(rule.versions().stream().map(v -> row(v, today, locale)).toList());
        Collections.reverse(versions);
        model.addAttribute("versions", versions);
        return "rules/admin-detail";
    }

    @GetMapping("/{id}/versions/new")
    String newVersion(@PathVariable String id, Model model) {
        Rule rule = catalog.rule(id);
        RuleVersion latest = latest(rule);
        RuleVersionForm form = RuleVersionForm.of(latest, administration.lockVersions(rule.id()).get(latest.number()));
        return form(model, rule, null, form);
    }

    @PostMapping("/{id}/versions")
    String addVersion(@PathVariable String id, @ModelAttribute("form") RuleVersionForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        Rule rule = catalog.rule(id);
        RuleAdministration.VersionDraft draft = form.toDraft(true, errors);
        if (draft != null) {
            try {
                RuleVersion created = administration.addVersion(rule.id(), form.getLock(), draft, form.getReason());
                return saved(redirect, rule, created, "create");
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.arguments(), null);
            } catch (OptimisticLockingFailureException e) {
                errors.reject("rules.admin.stale");
            }
        }
        return form(model, rule, null, form);
    }

    @GetMapping("/{id}/versions/{number}/edit")
    String correctVersion(@PathVariable String id, @PathVariable int number, Model model) {
        Rule rule = catalog.rule(id);
        RuleVersion version = version(rule, number);
        if (!version.configurable()) {
            throw DomainException.invalid("rules.error.notConfigurable", rule.id(), number);
        }
        RuleVersionForm form = RuleVersionForm.of(version, administration.lockVersions(rule.id()).get(number));
        return form(model, rule, version, form);
    }

    @PostMapping("/{id}/versions/{number}")
    String correct(@PathVariable String id, @PathVariable int number, @ModelAttribute("form") RuleVersionForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        Rule rule = catalog.rule(id);
        RuleVersion version = version(rule, number);
        RuleAdministration.VersionDraft draft = form.toDraft(false, errors);
        if (draft != null) {
            try {
                RuleVersion corrected = administration.correct(rule.id(), number, form.getLock(), draft, form.getReason());
                return saved(redirect, rule, corrected, "update");
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.arguments(), null);
            } catch (OptimisticLockingFailureException e) {
                errors.reject("rules.admin.stale");
            }
        }
        return form(model, rule, version, form);
    }

    private String form(Model model, Rule rule, RuleVersion version, RuleVersionForm form) {
        model.addAttribute("rule", rule);
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        model.addAttribute("kinds", TermKind.values());
        model.addAttribute("units", PeriodUnit.values());
        model.addAttribute("confidences", Confidence.values());
        model.addAttribute("action", version == null
                ? path(rule, "/versions") : path(rule, "/versions/" + version.number()));
        return "rules/admin-version-form";
    }

    private static String saved(RedirectAttributes redirect, Rule rule, RuleVersion version, String action) {
        redirect.addFlashAttribute("savedKey", "rules.admin.saved." + action);
        redirect.addFlashAttribute("savedArgs", new Object[]{rule.id(), version.number()});
        return "redirect:" + path(rule, "");
    }

    /** The admin path of a rule, its id encoded (ids such as QĐ11-commune are not ASCII). */
    private static String path(Rule rule, String suffix) {
        return UriComponentsBuilder.fromPath("/admin/rules/{id}" + suffix).encode().buildAndExpand(rule.id()).toUriString();
    }

    private VersionRow row(RuleVersion version, LocalDate today, Locale locale) {
        String validity = version.validTo() == null
                ? texts.text(locale, "rules.admin.validity.open", texts.date(version.validFrom()))
                : texts.text(locale, "rules.admin.validity.closed", texts.date(version.validFrom()),
                texts.date(version.validTo().minusDays(1)));
        return new VersionRow(version, validity, texts.terms(version, locale), texts.confidence(version, locale),
                version.inForceOn(today), version.configurable() || version.confidence().unconfirmed());
    }

    private static RuleVersion latest(Rule rule) {
        return rule.versions().get(rule.versions().size() - 1);
    }

    private static RuleVersion version(Rule rule, int number) {
        return rule.version(number).orElseThrow(() -> new NotFoundException("rule version", rule.id() + "/" + number));
    }
}
