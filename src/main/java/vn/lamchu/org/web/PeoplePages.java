package vn.lamchu.org.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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

import vn.lamchu.org.OrgValidationException;
import vn.lamchu.org.PeopleAdministration;
import vn.lamchu.org.Person;
import vn.lamchu.org.Post;
import vn.lamchu.org.UnitAdministration;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.LegalTime;

/** The people pages: search, a person's posts over time, create, correct, assign and end a post. */
@Controller
@RequestMapping("/admin/people")
@PreAuthorize("hasAuthority('ORG_READ')")
class PeoplePages {

    private final PeopleAdministration people;
    private final UnitAdministration units;
    private final CurrentActor currentActor;
    private final Clock clock;

    PeoplePages(PeopleAdministration people, UnitAdministration units, CurrentActor currentActor, Clock clock) {
        this.people = people;
        this.units = units;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("posts", Post.values());
        model.addAttribute("genders", Person.Gender.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        List<Person> found = people.search(currentActor.require(), q, page);
        model.addAttribute("q", q);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("hasMore", found.size() > PeopleAdministration.PAGE_SIZE);
        model.addAttribute("people", found.stream().limit(PeopleAdministration.PAGE_SIZE).toList());
        return htmx != null ? "org/people :: results" : "org/people";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("detail", people.detail(currentActor.require(), id));
        model.addAttribute("today", LegalTime.today(clock));
        return "org/person";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String newPerson(@RequestParam(required = false) String unit, Model model) {
        PersonForm form = new PersonForm();
        form.setUnitCode(unit);
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String create(@ModelAttribute("form") PersonForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Person person = people.create(currentActor.require(), form.toDraft());
            redirect.addFlashAttribute("notice", "person.created");
            return "redirect:/admin/people/" + person.id();
        } catch (OrgValidationException e) {
            FormErrors.apply(e, result);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String edit(@PathVariable UUID id, Model model) {
        var detail = people.detail(currentActor.require(), id);
        return form(model, PersonForm.of(detail.person(), detail.unit() == null ? null : detail.unit().code()), detail.person());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String update(@PathVariable UUID id, @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Actor actor = currentActor.require();
        Person person = people.person(actor, id);
        if (result.hasErrors()) {
            return form(model, form, person);
        }
        try {
            people.update(actor, id, form.toDraft(), form.getVersion());
            redirect.addFlashAttribute("notice", "person.updated");
            return "redirect:/admin/people/" + id;
        } catch (OrgValidationException e) {
            FormErrors.apply(e, result);
        } catch (OptimisticLockingFailureException e) {
            result.reject("error.stale");
            model.addAttribute("reloadUrl", "/admin/people/" + id + "/edit");
        }
        return form(model, form, person);
    }

    private String form(Model model, PersonForm form, Person person) {
        model.addAttribute("form", form);
        model.addAttribute("person", person);
        model.addAttribute("scopeUnits", units.unitsInScope(currentActor.require()));
        return "org/person-form";
    }

    @GetMapping("/{id}/posts/new")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String newPost(@PathVariable UUID id, @RequestParam(required = false) String unit, Model model) {
        PostForm form = new PostForm();
        form.setUnitCode(unit);
        return postForm(model, form, people.person(currentActor.require(), id));
    }

    @PostMapping("/{id}/posts")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String assign(@PathVariable UUID id, @ModelAttribute("form") PostForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Actor actor = currentActor.require();
        Person person = people.person(actor, id);
        if (result.hasErrors()) {
            return postForm(model, form, person);
        }
        try {
            people.assign(actor, id, form.toDraft());
            redirect.addFlashAttribute("notice", "post.assigned");
            return "redirect:/admin/people/" + id;
        } catch (OrgValidationException e) {
            FormErrors.apply(e, result);
            return postForm(model, form, person);
        }
    }

    private String postForm(Model model, PostForm form, Person person) {
        model.addAttribute("form", form);
        model.addAttribute("person", person);
        model.addAttribute("scopeUnits", units.unitsInScope(currentActor.require()));
        return "org/post-form";
    }

    @PostMapping("/{id}/posts/{holding}/end")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String endPost(@PathVariable UUID id, @PathVariable UUID holding,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                   @RequestParam int version, RedirectAttributes redirect) {
        try {
            people.end(currentActor.require(), holding, validTo, version);
            redirect.addFlashAttribute("notice", "post.ended");
        } catch (OrgValidationException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", OrgValidationException.Problem.of("validTo", "error.stale"));
        }
        return "redirect:/admin/people/" + id;
    }
}
