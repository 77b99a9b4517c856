package vn.lamchu.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lamchu.cases.AccusedPersons;
import vn.lamchu.cases.CaseId;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.TenantId;

/**
 * The "person denounced" section of the case page, loaded lazily (HTMX), and its form. A refusal shows the form again
 * on a page of its own with the reason next to the field; a recorder who is conflicted by what they recorded (an
 * officer naming their own leader) is told where the case went instead of being sent back to a page they may no longer
 * open.
 */
@Controller
@RequestMapping("/office/cases")
@PreAuthorize("hasAnyAuthority('CASE_RECEIVE', 'CASE_HANDLE', 'CASE_APPROVE')")
class AccusedPages {

    /** Which field a refusal concerns. */
    private static final Map<String, String> FIELDS = Map.of(
            "conflict.error.account", "accountId",
            "conflict.error.required", "name",
            "conflict.error.tooLong", "name");

    /** An account in the picker. */
    record AccountOption(UUID id, String displayName, String username) {
    }

    /** The accounts of one unit, for {@code <optgroup>}. */
    record AccountGroup(String unit, List<AccountOption> accounts) {
    }

    /** What was typed, shown again after a refusal. */
    record Typed(String accountId, String name, String position) {
    }

    private final AccusedPersons accused;
    private final CaseRefusals refusals;
    private final JdbcClient jdbc;
    private final CurrentActor currentActor;

    AccusedPages(AccusedPersons accused, CaseRefusals refusals, JdbcClient jdbc, CurrentActor currentActor) {
        this.accused = accused;
        this.refusals = refusals;
        this.jdbc = jdbc;
        this.currentActor = currentActor;
    }

    @GetMapping("/{id}/accused")
    String section(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        AccusedPersons.Section section = accused.section(actor, new CaseId(id));
        if (!section.denunciation()) {
            return "cases/accused :: empty";
        }
        fill(actor, id, section, model, new Typed(null, null, null));
        return "cases/accused :: section";
    }

    @PostMapping("/{id}/accused")
    String record(@PathVariable UUID id, @RequestParam(required = false) String accountId,
                  @RequestParam(required = false) String name, @RequestParam(required = false) String position,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.require();
        try {
            AccusedPersons.Outcome out = accused.record(new CaseId(id),
                    new AccusedPersons.Command(Forms.uuid(accountId), name, position));
            if (!out.stillReadable()) {
                redirect.addFlashAttribute("movedTo", out.handlingUnitName());
                return "redirect:/office/cases/accused-recorded";
            }
            redirect.addFlashAttribute("notice", out.moved() ? "conflict.done.moved" : "conflict.done.recorded");
            return "redirect:/office/cases/" + id;
        } catch (DomainException e) {
            fill(actor, id, accused.section(actor, new CaseId(id)), model, new Typed(accountId, name, position));
            model.addAttribute("error", refusals.text(e));
            model.addAttribute("errorField", FIELDS.get(e.messageKey()));
            response.setStatus(e.kind() == DomainException.Kind.INVALID ? HttpStatus.BAD_REQUEST.value()
                    : HttpStatus.CONFLICT.value());
            return "cases/accused-page";
        }
    }

    /** After recording someone that conflicts the recorder: where the case went, and nothing more about it. */
    @GetMapping("/accused-recorded")
    String recorded(Model model) {
        if (!model.containsAttribute("movedTo")) {
            return "redirect:/office/cases";
        }
        return "cases/accused-recorded";
    }

    private void fill(Actor actor, UUID id, AccusedPersons.Section section, Model model, Typed typed) {
        model.addAttribute("caseId", id);
        model.addAttribute("section", section);
        model.addAttribute("typed", typed);
        if (section.mayRecord()) {
            model.addAttribute("accountGroups", accounts(actor.tenantId()));
        }
    }

    /** The tenant's enabled staff accounts by unit (read like {@link CasePageLookups} reads units: one query). */
    private List<AccountGroup> accounts(TenantId tenant) {
        Map<String, List<AccountOption>> byUnit = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.id, a.display_name, a.username, u.name as unit_name from account a
                        join org_unit u on u.tenant_id = a.tenant_id and u.id = a.unit_id
                        where a.tenant_id = ? and a.enabled order by u.name, a.display_name""")
                .param(tenant.value())
                .query(rs -> {
                    byUnit.computeIfAbsent(rs.getString("unit_name"), k -> new ArrayList<>()).add(new AccountOption(
                            rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("username")));
                });
        return byUnit.entrySet().stream().map(e -> new AccountGroup(e.getKey(), e.getValue())).toList();
    }
}
