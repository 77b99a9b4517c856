package vn.lamchu.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import vn.lamchu.cases.AdminInputException;
import vn.lamchu.cases.CategoryAdministration;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.RoutingAdministration;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;

/**
 * The routing table for administrators: the rows with names, add, change, delete with a reason, and a box to try
 * which unit a letter of a category, kind and commune goes to (and which row said so, or that none matched).
 */
@Controller
@RequestMapping("/admin/routing")
@PreAuthorize("hasAuthority('ORG_MANAGE')")
class RoutingAdminPages {

    private final RoutingAdministration routing;
    private final CategoryAdministration categories;
    private final CurrentActor currentActor;

    RoutingAdminPages(RoutingAdministration routing, CategoryAdministration categories, CurrentActor currentActor) {
        this.routing = routing;
        this.categories = categories;
        this.currentActor = currentActor;
    }

    /** The table; with {@code try=1} also the result of the "try it" box (the box posts nothing: it is a GET). */
    @GetMapping
    String list(@RequestParam(name = "try", required = false) String tried,
                @RequestParam(required = false) String tryCategory, @RequestParam(required = false) String tryKind,
                @RequestParam(required = false) String tryPlace, Model model, HttpServletResponse response) {
        Actor actor = currentActor.require();
        model.addAttribute("rows", routing.list(actor));
        model.addAttribute("tryCategory", tryCategory);
        model.addAttribute("tryKind", tryKind);
        model.addAttribute("tryPlace", tryPlace);
        if (tried != null) {
            try {
                model.addAttribute("trial", routing.tryRoute(actor, tryCategory, enumOrNull(tryKind), uuidOrNull(tryPlace)));
            } catch (AdminInputException e) {
                model.addAttribute("tryProblem", e);
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        return choices(model, actor, "cases/admin/routing");
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new RouteForm());
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") RouteForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.require();
        return new AdminForms(result, model, response, redirect).submit(
                () -> routing.check(actor, null, form.toDraft()), () -> routing.create(actor, form.toDraft()),
                "casesAdmin.route.created", "/admin/routing", "/admin/routing/new", () -> form(model, null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        RoutingAdministration.RouteRow row = routing.get(currentActor.require(), id);
        model.addAttribute("form", RouteForm.of(row));
        return form(model, row);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") RouteForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.require();
        RoutingAdministration.RouteRow row = routing.get(actor, id);
        return new AdminForms(result, model, response, redirect).submit(
                () -> routing.check(actor, id, form.toDraft()),
                () -> routing.update(actor, id, form.getVersion(), form.toDraft()),
                "casesAdmin.route.saved", "/admin/routing", "/admin/routing/" + id, () -> form(model, row));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, @ModelAttribute("form") RouteForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.require();
        RoutingAdministration.RouteRow row = routing.get(actor, id);
        RouteForm stored = RouteForm.of(row);
        stored.setReason(form.getReason());
        stored.setVersion(form.getVersion());
        return new AdminForms(result, model, response, redirect).delete(
                () -> routing.delete(actor, id, form.getVersion(), form.getReason()), stored,
                "casesAdmin.route.deleted", "/admin/routing", "/admin/routing/" + id, () -> form(model, row));
    }

    private String form(Model model, RoutingAdministration.RouteRow row) {
        model.addAttribute("row", row);
        return choices(model, currentActor.require(), "cases/admin/routing-form");
    }

    private String choices(Model model, Actor actor, String view) {
        model.addAttribute("categories", categories.list(actor));
        model.addAttribute("kinds", ContentKind.values());
        List<RoutingAdministration.UnitChoice> places = routing.places(actor);
        model.addAttribute("places", places);
        model.addAttribute("placeGroups", byArea(places));
        model.addAttribute("targetGroups", byArea(routing.targets(actor)));
        model.addAttribute("tenantWide", routing.tenantWide(actor));
        return view;
    }

    private static Map<String, List<RoutingAdministration.UnitChoice>> byArea(List<RoutingAdministration.UnitChoice> units) {
        return units.stream().collect(Collectors.groupingBy(RoutingAdministration.UnitChoice::area, LinkedHashMap::new,
                Collectors.toList()));
    }

    private static ContentKind enumOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ContentKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw problem("kind", "casesAdmin.route.kind.unknown");
        }
    }

    private static UUID uuidOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw problem("placeUnitId", "casesAdmin.route.place.unknown");
        }
    }

    private static AdminInputException problem(String field, String key) {
        return new AdminInputException(List.of(AdminInputException.Problem.of(field, key)));
    }
}
