package vn.lamchu.cases.web;

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

import jakarta.servlet.http.HttpServletResponse;

import vn.lamchu.cases.CategoryAdministration;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;

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
        Actor actor = currentActor.require();
        return new AdminForms(result, model, response, redirect).submit(
                () -> categories.check(actor, form.toDraft()), () -> categories.create(actor, form.toDraft()),
                "casesAdmin.category.created", "/admin/categories", "/admin/categories/new", () -> form(model, null));
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
        return new AdminForms(result, model, response, redirect).submit(
                () -> categories.check(actor, form.toDraft()),
                () -> categories.update(actor, code, form.getVersion(), form.toDraft()),
                "casesAdmin.category.saved", "/admin/categories", "/admin/categories/" + row.category().code(),
                () -> form(model, row));
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, @ModelAttribute("form") CategoryForm form, BindingResult result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.require();
        CategoryAdministration.CategoryRow row = categories.get(actor, code);
        CategoryForm stored = CategoryForm.of(row);
        stored.setReason(form.getReason());
        stored.setVersion(form.getVersion());
        return new AdminForms(result, model, response, redirect).delete(
                () -> categories.delete(actor, code, form.getVersion(), form.getReason()), stored,
                "casesAdmin.category.deleted", "/admin/categories", "/admin/categories/" + row.category().code(),
                () -> form(model, row));
    }

    private String form(Model model, CategoryAdministration.CategoryRow row) {
        model.addAttribute("row", row);
        model.addAttribute("canChange", categories.canChange(currentActor.require()));
        return "cases/admin/category-form";
    }
}
