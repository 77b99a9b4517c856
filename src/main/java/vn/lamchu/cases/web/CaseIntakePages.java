package vn.lamchu.cases.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lamchu.cases.AttachmentStore;
import vn.lamchu.cases.CaseIntake;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.Channel;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.IntakeReceipt;
import vn.lamchu.cases.IntakeRequest;
import vn.lamchu.cases.Sender;
import vn.lamchu.cases.StoredFile;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;

/**
 * The reception desk's form for a new letter from any staff channel (Thông tư 07/2014/TT-TTCP, Điều 5: post, in person,
 * forwarded by a body, passed on by a leader; and voter meetings, dialogues, e-mail, the hotline). While the officer
 * types, similar letters already logged are shown so that a duplicate is seen before it is logged. After saving, the
 * case page shows the receipt code once.
 */
@Controller
@RequestMapping("/office/cases")
@PreAuthorize("hasAuthority('CASE_RECEIVE')")
class CaseIntakePages {

    /** The channels a staff member logs; the portal and the API log their own. */
    static final List<Channel> STAFF_CHANNELS = Arrays.stream(Channel.values()).filter(CaseViews::staffChannel).toList();

    /** Which field a refusal of the intake concerns. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("cases.error.channel", "channel"),
            Map.entry("cases.error.title", "title"),
            Map.entry("cases.error.body", "body"),
            Map.entry("cases.error.category", "categoryCode"),
            Map.entry("cases.error.receivedOn", "receivedOn"),
            Map.entry("cases.error.place", "placeUnitId"),
            Map.entry("cases.error.tooManySenders", "senders"),
            Map.entry("cases.error.senderRequired", "senders"),
            Map.entry("cases.error.forwardedBy", "forwardedBy"),
            Map.entry("cases.error.tooManyAttachments", "attachments"),
            Map.entry("cases.error.attachment", "attachments"),
            Map.entry("file.empty", "attachments"),
            Map.entry("file.too-large", "attachments"),
            Map.entry("file.type-not-allowed", "attachments"));

    /** Text shorter than this does not look for similar letters: it would match by chance. */
    static final int SIMILAR_MIN_CHARS = 20;

    private final CaseIntake intake;
    private final CaseQueries queries;
    private final AttachmentStore attachments;
    private final CasePageLookups lookups;
    private final CaseViews views;
    private final CaseRefusals refusals;
    private final CurrentActor currentActor;
    private final Clock clock;

    CaseIntakePages(CaseIntake intake, CaseQueries queries, AttachmentStore attachments, CasePageLookups lookups,
                    CaseViews views, CaseRefusals refusals, CurrentActor currentActor, Clock clock) {
        this.intake = intake;
        this.queries = queries;
        this.attachments = attachments;
        this.lookups = lookups;
        this.views = views;
        this.refusals = refusals;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newLetter(Model model) {
        IntakeForm form = new IntakeForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.setReceivedOn(LegalTime.today(clock));
        form.setChannel(Channel.POST.name());
        form.setKind(ContentKind.FEEDBACK.name());
        lookups.ownCommune(currentActor.require()).ifPresent(place -> form.setPlaceUnitId(place.toString()));
        form.ensureSenderRows(1);
        return page(model, form);
    }

    @PostMapping
    String receive(@ModelAttribute("intake") IntakeForm form, BindingResult result,
                   @RequestParam(name = "files", required = false) List<MultipartFile> files,
                   @RequestParam(name = "addSender", required = false) String addSender,
                   Model model, RedirectAttributes redirect) {
        Actor actor = currentActor.require();
        storeFiles(actor, form, files, result);
        if (addSender != null) {
            form.ensureSenderRows(form.getSenders().size() + 1);
            return page(model, form);
        }
        List<Sender> senders = senders(form, result);
        if (result.hasErrors()) {
            return page(model, form);
        }
        try {
            IntakeReceipt receipt = intake.submit(actor.tenantId(), new IntakeRequest(
                    Forms.option(Channel.class, form.getChannel()), form.getIdempotencyKey(),
                    Forms.option(ContentKind.class, form.getKind()), form.getTitle(), form.getBody(),
                    Forms.blankToNull(form.getCategoryCode()), Forms.uuid(form.getPlaceUnitId()), null,
                    form.isAnonymous(), senders, form.isPublishConsent(), form.getForwardedBy(), form.getReceivedOn(),
                    Forms.uuid(form.getHandlingUnitId()), form.getAttachments()));
            redirect.addFlashAttribute("receipt", receipt);
            return "redirect:/office/cases/" + receipt.caseId().value();
        } catch (RuntimeException e) {
            if (!CaseRefusals.isRefusal(e)) {
                throw e;
            }
            reject(result, e);
            return page(model, form);
        }
    }

    /** Letters like the one being typed (HTMX, as the officer types). */
    @PostMapping("/new/similar")
    String similar(@RequestParam(required = false) String title, @RequestParam(required = false) String body,
                   @RequestParam(required = false) String placeUnitId, Model model) {
        String text = ((title == null ? "" : title) + " " + (body == null ? "" : body)).strip();
        List<CaseViews.SimilarRow> rows = List.of();
        if (text.length() >= SIMILAR_MIN_CHARS) {
            rows = queries.similarToText(currentActor.require(), text, Forms.uuid(placeUnitId), CaseViews.SIMILAR_DAYS)
                    .stream().map(s -> new CaseViews.SimilarRow(s, views.badge(s.summary().status(),
                            s.summary().dueOn()), false)).toList();
        }
        model.addAttribute("similar", rows);
        model.addAttribute("searched", text.length() >= SIMILAR_MIN_CHARS);
        return "cases/new :: similar";
    }

    /** A request larger than the upload limit: the form cannot be read back, so it starts again with the reason. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model) {
        String form = newLetter(model);
        model.addAttribute("uploadRefused", true);
        return form;
    }

    private void storeFiles(Actor actor, IntakeForm form, List<MultipartFile> files, BindingResult result) {
        if (files == null) {
            return;
        }
        for (MultipartFile file : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue;
            }
            try (InputStream in = file.getInputStream()) {
                StoredFile stored = attachments.store(actor.tenantId(), file.getOriginalFilename(), in);
                if (!form.getAttachments().contains(stored.sha256())) {
                    form.getAttachments().add(stored.sha256());
                }
            } catch (DomainException e) {
                result.rejectValue("attachments", e.messageKey(), e.arguments(), e.messageKey());
            } catch (IOException e) {
                result.rejectValue("attachments", "cases.office.intake.uploadFailed");
            }
        }
    }

    private List<Sender> senders(IntakeForm form, BindingResult result) {
        List<Sender> senders = new ArrayList<>();
        if (form.isAnonymous()) {
            return senders;
        }
        for (int i = 0; i < form.getSenders().size(); i++) {
            IntakeForm.SenderForm row = form.getSenders().get(i);
            if (row == null || row.blank()) {
                continue;
            }
            try {
                senders.add(new Sender(row.getName(), row.getAddress(), row.getPhone(), row.getEmail(),
                        row.getIdNumber()));
            } catch (DomainException e) {
                String field = "cases.error.email".equals(e.messageKey()) ? "email"
                        : "cases.error.phone".equals(e.messageKey()) ? "phone"
                        : "protection.error.idNumber".equals(e.messageKey()) ? "idNumber" : "name";
                result.rejectValue("senders[" + i + "]." + field, e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return senders;
    }

    private void reject(BindingResult result, RuntimeException e) {
        if (e instanceof DomainException d && FIELDS.containsKey(d.messageKey())) {
            result.rejectValue(FIELDS.get(d.messageKey()), d.messageKey(), d.arguments(), d.messageKey());
        } else {
            result.reject("cases.office.refused", new Object[] {refusals.text(e)}, refusals.text(e));
        }
    }

    private String page(Model model, IntakeForm form) {
        Actor actor = currentActor.require();
        form.ensureSenderRows(1);
        model.addAttribute("intake", form);
        model.addAttribute("channels", STAFF_CHANNELS);
        model.addAttribute("kinds", ContentKind.values());
        model.addAttribute("categories", lookups.activeCategories(actor.tenantId()));
        model.addAttribute("places", lookups.places(actor.tenantId()));
        model.addAttribute("receivingUnits", lookups.receivingUnits(actor));
        model.addAttribute("storedFiles", form.getAttachments().stream()
                .map(sha -> attachments.find(actor.tenantId(), sha).orElse(null))
                .filter(java.util.Objects::nonNull).toList());
        model.addAttribute("today", LegalTime.today(clock));
        return "cases/new";
    }
}
