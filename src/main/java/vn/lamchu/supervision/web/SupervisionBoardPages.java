package vn.lamchu.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.UnitId;
import vn.lamchu.supervision.BoardMembers;
import vn.lamchu.supervision.Critiques;
import vn.lamchu.supervision.SupervisionBody;
import vn.lamchu.supervision.Supervisions;

/**
 * Office pages of the People's Inspection Board (members, plans, report to the Front committee) and of the Front's
 * social critique (drafts, critiques, replies).
 */
@Controller
@RequestMapping("/office/supervision")
class SupervisionBoardPages {

    private final Supervisions supervisions;
    private final BoardMembers members;
    private final Critiques critiques;
    private final CurrentActor currentActor;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final Clock clock;

    SupervisionBoardPages(Supervisions supervisions, BoardMembers members, Critiques critiques,
                          CurrentActor currentActor, OrgDirectory org, MessageSource messages, Clock clock) {
        this.supervisions = supervisions;
        this.members = members;
        this.critiques = critiques;
        this.currentActor = currentActor;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/board")
    @PreAuthorize("hasAnyAuthority('INSPECTION_BOARD_WORK', 'SUPERVISION_MANAGE')")
    String board(Model model) {
        Actor actor = currentActor.require();
        UnitId board = supervisions.ownUnit(actor, SupervisionBody.INSPECTION_BOARD)
                .orElseThrow(() -> DomainException.invalid("supervision.error.ownerMissing"));
        LocalDate today = LegalTime.today(clock);
        model.addAttribute("board", org.unit(actor.tenantId(), board).orElseThrow());
        model.addAttribute("members", members.serving(actor.tenantId(), board, today));
        model.addAttribute("minimum", BoardMembers.MINIMUM);
        model.addAttribute("plans", supervisions.plans(actor).stream().filter(p -> p.ownerUnitId().equals(board)).toList());
        model.addAttribute("from", LocalDate.of(today.getYear(), 1, 1));
        model.addAttribute("today", today);
        return "supervision/board";
    }

    @PostMapping("/board/members")
    @PreAuthorize("hasAnyAuthority('INSPECTION_BOARD_WORK', 'SUPERVISION_MANAGE')")
    String addMember(@RequestParam(required = false) String fullName,
                     @RequestParam(required = false) BoardMembers.Position position,
                     @RequestParam(required = false) String village,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termFrom,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termTo,
                     Model model, HttpServletResponse response) {
        Actor actor = currentActor.require();
        return SupervisionViews.attempt(messages, model, response, "member", () -> {
            UnitId board = supervisions.ownUnit(actor, SupervisionBody.INSPECTION_BOARD)
                    .orElseThrow(() -> DomainException.invalid("supervision.error.ownerMissing"));
            members.add(actor, board, fullName, position, village, termFrom, termTo);
            return "redirect:/office/supervision/board#members";
        }, () -> board(model));
    }

    @GetMapping("/critiques")
    @PreAuthorize("hasAuthority('SUPERVISION_MANAGE')")
    String critiques(Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("critiques", critiques.inScope(actor));
        model.addAttribute("units", SupervisionViews.units(org, actor));
        model.addAttribute("today", LegalTime.today(clock));
        return "supervision/critiques";
    }

    @PostMapping("/critiques")
    @PreAuthorize("hasAuthority('SUPERVISION_MANAGE')")
    String receive(@RequestParam(required = false) UUID draftingUnitId, @RequestParam(required = false) String draftTitle,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submissionOn,
                   @RequestParam(required = false) Critiques.Form form, Model model, HttpServletResponse response) {
        Actor actor = currentActor.require();
        return SupervisionViews.attempt(messages, model, response, "critique", () -> {
            UnitId front = supervisions.ownUnit(actor, SupervisionBody.FRONT)
                    .orElseThrow(() -> DomainException.invalid("supervision.error.ownerMissing"));
            Critiques.Critique c = critiques.receive(actor, front, draftingUnitId == null ? null : new UnitId(draftingUnitId),
                    draftTitle, receivedOn, submissionOn, form);
            return "redirect:/office/supervision/critiques/" + c.id();
        }, () -> critiques(model));
    }

    @GetMapping("/critiques/{id}")
    @PreAuthorize("hasAnyAuthority('SUPERVISION_MANAGE', 'CASE_APPROVE')")
    String critique(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("c", critiques.get(actor, id));
        model.addAttribute("today", LegalTime.today(clock));
        return "supervision/critique";
    }

    @PostMapping("/critiques/{id}/{what}")
    @PreAuthorize("hasAuthority('SUPERVISION_MANAGE')")
    String record(@PathVariable UUID id, @PathVariable String what, @RequestParam(required = false) String text,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  Model model, HttpServletResponse response) {
        Actor actor = currentActor.require();
        return SupervisionViews.attempt(messages, model, response, what, () -> {
            switch (what) {
                case "opinion" -> critiques.critique(actor, id, text, date);
                case "reply" -> critiques.reply(actor, id, text, date);
                default -> throw new vn.lamchu.shared.NotFoundException("step", what);
            }
            return "redirect:/office/supervision/critiques/" + id;
        }, () -> critique(id, model));
    }
}
