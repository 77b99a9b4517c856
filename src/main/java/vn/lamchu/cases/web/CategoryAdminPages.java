package vn.lamchu.cases.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import vn.lamchu.cases.CategoryAdministration;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;

/**
 * The subject categories for administrators: the list with how much uses each, add, and change the names, the
 * "regulation feedback" mark, the category's own answer deadline, the order and whether it is offered. A category
 * nothing uses may be deleted, with a reason.
 */
@Controller
@RequestMapping("/admin/categories")
@PreAuthorize("hasAuthority('ORG_MANAGE')")
class CategoryAdminPages {

    private final CategoryAdministration categories;
    private final CurrentActor currentActor;

    CategoryAdminPages(CategoryAdministration categories, CurrentActor currentActor) {
        this.categories = categories;
        this.currentActor = currentActor;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("rows", categories.list(actor));
        model.addAttribute("canChange", categories.canChange(actor));
        return "cases/admin/categories";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new CategoryForm());
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") CategoryForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (result.hasErrors()) {
            AdminFormErrors.checkRest(() -> categories.check(currentActor.require(), form.toDraft()), result, model,
                    response);
            return form(model, null);
        }
        try {
            categories.create(currentActor.require(), form.toDraft());
            redirect.addFlashAttribute("notice", "casesAdmin.category.created");
            return "redirect:/admin/categories";
        } catch (DomainException e) {
            AdminFormErrors.apply(e, result, model, response, "/admin/categories/new");
            return form(model, null);
        }
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        CategoryAdministration.CategoryRow row = categories.get(currentActor.require(), code);
        model.addAttribute("form", CategoryForm.of(row));
        return form(model, row);
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") CategoryForm form, BindingResult result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.require();
        CategoryAdministration.CategoryRow row = categories.get(actor, code);
        form.setCode(row.category().code());
        if (result.hasErrors()) {
            AdminFormErrors.checkRest(() -> categories.check(actor, form.toDraft()), result, model, response);
            return form(model, row);
        }
        try {
            categories.update(actor, code, form.getVersion(), form.toDraft());
            redirect.addFlashAttribute("notice", "casesAdmin.category.saved");
            return "redirect:/admin/categories";
        } catch (DomainException e) {
            AdminFormErrors.apply(e, result, model, response, "/admin/categories/" + row.category().code());
            return form(model, row);
        }
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, @ModelAttribute("form") CategoryForm form, BindingResult result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.require();
        CategoryAdministration.CategoryRow row = categories.get(actor, code);
        try {
            categories.delete(actor, code, form.getVersion(), form.getReason());
            redirect.addFlashAttribute("notice", "casesAdmin.category.deleted");
            return "redirect:/admin/categories";
        } catch (DomainException e) {
            CategoryForm current = CategoryForm.of(row);
            current.setReason(form.getReason());
            current.setVersion(form.getVersion());
            BindingResult shown = new BeanPropertyBindingResult(current, "form");
            AdminFormErrors.apply(e, shown, model, response, "/admin/categories/" + row.category().code());
            model.addAttribute("form", current);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shown);
            return form(model, row);
        }
    }

    private String form(Model model, CategoryAdministration.CategoryRow row) {
        model.addAttribute("row", row);
        model.addAttribute("canChange", categories.canChange(currentActor.require()));
        return "cases/admin/category-form";
    }
}
