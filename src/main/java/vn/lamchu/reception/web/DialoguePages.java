package vn.lamchu.reception.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
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

import vn.lamchu.cases.ContentKind;
import vn.lamchu.documents.OfficialDocuments;
import vn.lamchu.reception.Dialogues;
import vn.lamchu.reception.ReceptionBook;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;

/**
 * Direct dialogues in the office (Luật Thực hiện dân chủ ở cơ sở 2022, Điều 32): the year's conferences and which
 * communes have held none, recording a conference, its questions (each a case) and its minutes.
 */
@Controller
@RequestMapping("/office/reception/dialogues")
@PreAuthorize("hasAnyAuthority('CASE_RECEIVE', 'CASE_APPROVE', 'REPORT_READ')")
class DialoguePages {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("reception.error.date", "heldOn"),
            Map.entry("reception.error.chairName", "chairName"),
            Map.entry("reception.error.receiverTitle", "chairTitle"),
            Map.entry("reception.error.topic", "topic"),
            Map.entry("reception.error.place", "place"),
            Map.entry("reception.error.participants", "participants"),
            Map.entry("reception.error.persons", "attendance"),
            Map.entry("reception.error.visitorName", "asker"),
            Map.entry("reception.error.visitorAddress", "address"),
            Map.entry("reception.error.question", "question"));

    private final Dialogues dialogues;
    private final ReceptionBook book;
    private final OfficialDocuments renderer;
    private final CurrentActor currentActor;
    private final Clock clock;

    DialoguePages(Dialogues dialogues, ReceptionBook book, OfficialDocuments renderer, CurrentActor currentActor,
                  Clock clock) {
        this.dialogues = dialogues;
        this.book = book;
        this.renderer = renderer;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        DialogueForm form = new DialogueForm();
        form.setHeldOn(LegalTime.today(clock));
        return list(model, year, form);
    }

    private String list(Model model, Integer year, DialogueForm form) {
        int y = year == null ? LegalTime.today(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("dialogues", dialogues.list(null, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        model.addAttribute("yearly", dialogues.yearly(y));
        model.addAttribute("dialogueForm", form);
        return "reception/dialogues";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    String create(@ModelAttribute("dialogueForm") DialogueForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return list(model, null, form);
        }
        try {
            Dialogues.Dialogue d = dialogues.create(new Dialogues.NewDialogue(currentActor.require().unitId().value(),
                    form.getHeldOn(), form.getChairName(), form.getChairTitle(), form.getTopic(), form.getPlace(),
                    form.getParticipants(), form.getAttendance()));
            return "redirect:/office/reception/dialogues/" + d.id();
        } catch (DomainException e) {
            result.rejectValue(FIELDS.getOrDefault(e.messageKey(), "topic"), e.messageKey(), e.arguments(),
                    e.messageKey());
            return list(model, null, form);
        }
    }

    @GetMapping("/{id}")
    String dialogue(@PathVariable UUID id, Model model) {
        return dialogue(id, model, new QuestionForm());
    }

    private String dialogue(UUID id, Model model, QuestionForm form) {
        model.addAttribute("dialogue", dialogues.get(id));
        model.addAttribute("questions", dialogues.questions(id));
        model.addAttribute("questionForm", form);
        model.addAttribute("kinds", ContentKind.values());
        return "reception/dialogue";
    }

    @PostMapping("/{id}/questions")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    String ask(@PathVariable UUID id, @ModelAttribute("questionForm") QuestionForm form, BindingResult result,
               Model model) {
        try {
            ContentKind kind = form.getKind() == null || form.getKind().isBlank() ? null
                    : ContentKind.valueOf(form.getKind());
            dialogues.ask(id, new Dialogues.NewQuestion(form.getAsker(), form.getAddress(), kind, form.getQuestion(),
                    form.getAnswer()));
            return "redirect:/office/reception/dialogues/" + id + "#questions";
        } catch (DomainException e) {
            result.rejectValue(FIELDS.getOrDefault(e.messageKey(), "question"), e.messageKey(), e.arguments(),
                    e.messageKey());
            return dialogue(id, model, form);
        } catch (IllegalArgumentException e) {
            result.rejectValue("kind", "reception.error.kind");
            return dialogue(id, model, form);
        }
    }

    @PostMapping("/{id}/minutes")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    String minutes(@PathVariable UUID id, @RequestParam(required = false) String minutes, Model model) {
        try {
            dialogues.minutes(id, minutes);
            return "redirect:/office/reception/dialogues/" + id + "#minutes";
        } catch (DomainException e) {
            model.addAttribute("minutesError", e.messageKey());
            model.addAttribute("minutesArgs", e.arguments());
            model.addAttribute("minutesText", minutes);
            return dialogue(id, model, new QuestionForm());
        }
    }

    @GetMapping("/{id}/minutes.{format}")
    ResponseEntity<byte[]> minutesDocument(@PathVariable UUID id, @PathVariable String format) {
        return ReceptionApi.download(renderer, dialogues.minutesDocument(id, book), format, "bien-ban-doi-thoai");
    }
}
