package vn.lamchu.org.web;

import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lamchu.org.JurisdictionLevel;
import vn.lamchu.org.OrgValidationException;
import vn.lamchu.org.Post;
import vn.lamchu.org.ReorganisationKind;
import vn.lamchu.org.Reorganisations;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitAdministration;
import vn.lamchu.org.UnitKind;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.UnitId;

/** The unit pages: the tree of the actor's scope, a unit's record, create, correct, reorganise. */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasAuthority('ORG_READ')")
class UnitPages {

    private final UnitAdministration units;
    private final Reorganisations reorganisations;
    private final CurrentActor currentActor;

    UnitPages(UnitAdministration units, Reorganisations reorganisations, CurrentActor currentActor) {
        this.units = units;
        this.reorganisations = reorganisations;
        this.currentActor = currentActor;
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("unitKinds", UnitKind.values());
        model.addAttribute("jurisdictionLevels", JurisdictionLevel.values());
        model.addAttribute("posts", Post.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean ended,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Actor actor = currentActor.require();
        boolean searching = q != null && !q.isBlank();
        model.addAttribute("q", q);
        model.addAttribute("ended", ended);
        model.addAttribute("searching", searching);
        if (searching) {
            model.addAttribute("found", units.search(actor, q, ended));
        } else {
            model.addAttribute("tree", units.tree(actor, ended));
        }
        return htmx != null ? "org/units :: results" : "org/units";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("detail", units.detail(currentActor.require(), new UnitId(id)));
        return "org/unit";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String newUnit(@RequestParam(required = false) String parent, Model model) {
        UnitForm form = new UnitForm();
        if (parent != null) {
            Unit parentUnit = units.unitByCode(currentActor.require(), parent);
            form.setParentCode(parentUnit.code());
            form.setValidFrom(parentUnit.validFrom());
        }
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String create(@ModelAttribute("form") UnitForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Unit unit = units.create(currentActor.require(), form.toDraft());
            redirect.addFlashAttribute("notice", "unit.created");
            return "redirect:/admin/units/" + unit.id();
        } catch (OrgValidationException e) {
            FormErrors.apply(e, result, UnitForm.FIELDS);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String edit(@PathVariable UUID id, Model model) {
        var detail = units.detail(currentActor.require(), new UnitId(id));
        return form(model, UnitForm.of(detail.unit(), detail.jurisdiction()), detail.unit());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String update(@PathVariable UUID id, @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Actor actor = currentActor.require();
        Unit unit = units.unit(actor, new UnitId(id));
        if (result.hasErrors()) {
            return form(model, form, unit);
        }
        try {
            units.update(actor, unit.id(), form.toDraft(), form.getVersion());
            redirect.addFlashAttribute("notice", "unit.updated");
            return "redirect:/admin/units/" + id;
        } catch (OrgValidationException e) {
            FormErrors.apply(e, result, UnitForm.FIELDS);
        } catch (OptimisticLockingFailureException e) {
            result.reject("error.stale");
            model.addAttribute("reloadUrl", "/admin/units/" + id + "/edit");
        }
        return form(model, form, unit);
    }

    private String form(Model model, UnitForm form, Unit unit) {
        Actor actor = currentActor.require();
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        model.addAttribute("scopeUnits", units.unitsInScope(actor));
        model.addAttribute("jurisdictions", units.jurisdictions(actor));
        return "org/unit-form";
    }

    @GetMapping("/{id}/reorganise")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String reorganiseForm(@PathVariable UUID id, @RequestParam ReorganisationKind kind, Model model) {
        Unit unit = units.unit(currentActor.require(), new UnitId(id));
        ReorganisationForm form = new ReorganisationForm();
        form.setKind(kind);
        form.setVersion(unit.version());
        if (kind == ReorganisationKind.ESTABLISH) {
            form.setNewUnitParentCode(unit.code());
        } else {
            form.setUnitCodes(unit.code());
        }
        if (kind == ReorganisationKind.MERGE || kind == ReorganisationKind.SPLIT) {
            form.setNewUnitKind(unit.kind());
            form.setNewUnitParentCode(unit.parentId() == null ? null
                    : units.unitsInScope(currentActor.require()).stream().filter(u -> u.id().equals(unit.parentId()))
                    .map(Unit::code).findFirst().orElse(null));
        }
        if (kind == ReorganisationKind.RENAME) {
            form.setNewName(unit.name());
            form.setNewShortName(unit.shortName());
        }
        return reorganisePage(model, form, unit);
    }

    @PostMapping("/{id}/reorganise")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String reorganise(@PathVariable UUID id, @ModelAttribute("form") ReorganisationForm form, BindingResult result,
                      Model model, RedirectAttributes redirect) {
        Actor actor = currentActor.require();
        Unit unit = units.unit(actor, new UnitId(id));
        if (form.getKind() == null) {
            throw DomainException.invalid("reorg.kind.required");
        }
        if (result.hasErrors()) {
            return reorganisePage(model, form, unit);
        }
        if (form.getKind() == ReorganisationKind.ESTABLISH || !ReorganisationForm.codes(form.getUnitCodes()).contains(unit.code())) {
            form.setVersion(null);
        }
        try {
            reorganisations.record(actor, form.toCommand());
            redirect.addFlashAttribute("notice", "reorg.recorded");
            return "redirect:/admin/units/" + id;
        } catch (OrgValidationException e) {
            FormErrors.apply(e, result, ReorganisationForm::field);
        } catch (OptimisticLockingFailureException e) {
            result.reject("error.stale");
            model.addAttribute("reloadUrl", "/admin/units/" + id + "/reorganise?kind=" + form.getKind());
        }
        return reorganisePage(model, form, unit);
    }

    private String reorganisePage(Model model, ReorganisationForm form, Unit unit) {
        Actor actor = currentActor.require();
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        model.addAttribute("scopeUnits", units.unitsInScope(actor));
        model.addAttribute("jurisdictions", units.jurisdictions(actor));
        model.addAttribute("kinds", ReorganisationKind.values());
        return "org/reorganise";
    }
}
