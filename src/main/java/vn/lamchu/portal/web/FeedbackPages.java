package vn.lamchu.portal.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.lamchu.cases.IntakeReceipt;
import vn.lamchu.cases.StoredFile;
import vn.lamchu.documents.QrCodes;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.TenantId;

/**
 * The citizen's feedback form and the receipt shown after it (post, redirect, get). The form carries an idempotency key
 * made when it was shown, so a double click or a resubmission creates one case. The receipt travels to the receipt page
 * as a flash attribute: the code is never in an address, and it is shown once.
 */
@Controller
@RequestMapping("/portal/feedback")
class FeedbackPages {

    static final String RECEIPT = "receipt";

    /** What the receipt page shows; kept in the session only until that page has been shown. */
    record ReceiptView(String code, String number, LocalDate receivedOn, LocalDate firstAnswerDue, String dueSource,
                       String unitName, boolean anonymous, String tenant) implements Serializable {

        /** The code in groups for reading aloud: LC, 7KQ4, M2XD, 9RTA. */
        public List<String> groups() {
            return List.of(code.split("-"));
        }

        /** The code spelt out one symbol at a time, for screen readers. */
        public String spelt() {
            return code.replace("-", "").chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(" "));
        }
    }

    private final PublicCases cases;
    private final UploadAllowance uploads;
    private final DataSize maxRequestSize;

    FeedbackPages(PublicCases cases, UploadAllowance uploads,
                  @Value("${spring.servlet.multipart.max-request-size:20MB}") DataSize maxRequestSize) {
        this.cases = cases;
        this.uploads = uploads;
        this.maxRequestSize = maxRequestSize;
    }

    @InitBinder("feedback")
    void fields(WebDataBinder binder) {
        // indexed names (attachments[9999]) are not bound: the kept files arrive as a repeated plain field
        binder.setAllowedFields("tenant", "idempotencyKey", "kind", "category", "placeUnitId", "title", "body",
                "anonymous", "name", "address", "phone", "email", "publishConsent", "attachments");
    }

    @GetMapping
    String form(@RequestParam(required = false) String tenant, Model model) {
        TenantId t = cases.tenant(tenant);
        return show(t, FeedbackForm.fresh(tenant), model);
    }

    @PostMapping
    String submit(@ModelAttribute("feedback") FeedbackForm form, BindingResult binding,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        TenantId tenant = cases.tenant(form.getTenant());
        storeFiles(tenant, form, files, binding, request.getRemoteAddr());
        PublicCases.Submission submission = form.toSubmission();
        for (PublicCases.Problem p : cases.check(tenant, submission)) {
            binding.rejectValue(p.field(), p.key(), p.args(), p.key());
        }
        if (binding.hasErrors()) {
            return show(tenant, form, model);
        }
        IntakeReceipt receipt;
        try {
            receipt = cases.submit(tenant, submission);
        } catch (DomainException e) {
            // the same key with other content: this form was sent before, then changed
            binding.reject(e.kind() == DomainException.Kind.CONFLICT ? "portal.error.alreadySent" : e.messageKey(),
                    e.arguments(), e.messageKey());
            return show(tenant, form, model);
        }
        redirect.addFlashAttribute(RECEIPT, new ReceiptView(receipt.receiptCode(), receipt.number(),
                receipt.receivedOn(), receipt.firstAnswerDue(), receipt.dueSource(), receipt.handlingUnitName(),
                form.isAnonymous(), form.getTenant()));
        return "redirect:/portal/feedback/receipt";
    }

    /** New files are stored at once, even if the rest of the form has problems: they are kept for the next try. */
    private void storeFiles(TenantId tenant, FeedbackForm form, List<MultipartFile> files, BindingResult binding,
                            String client) {
        // an input left empty still sends a part, without a file name
        List<MultipartFile> chosen = files == null ? List.of() : files.stream()
                .filter(f -> f != null && f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()).toList();
        if (form.getAttachments().size() + chosen.size() > PublicCases.MAX_ATTACHMENTS) {
            binding.rejectValue("attachments", "portal.error.tooManyFiles",
                    new Object[] {PublicCases.MAX_ATTACHMENTS}, null);
            return;
        }
        for (MultipartFile file : chosen) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            if (!uploads.take(client, file.getSize())) {
                binding.rejectValue("attachments", "portal.error.uploadLimit");
                return;
            }
            try {
                StoredFile stored = cases.store(tenant, file);
                if (!form.getAttachments().contains(stored.sha256())) {
                    form.getAttachments().add(stored.sha256());
                }
            } catch (DomainException e) {
                binding.rejectValue("attachments", "portal.error.file", new Object[] {name,
                        new DefaultMessageSourceResolvable(new String[] {e.messageKey()}, e.arguments())}, null);
            }
        }
    }

    private String show(TenantId tenant, FeedbackForm form, Model model) {
        model.addAttribute("feedback", form);
        model.addAttribute("categories", cases.categories(tenant));
        model.addAttribute("places", cases.places(tenant));
        model.addAttribute("keptFiles", form.getAttachments().stream().map(sha -> cases.file(tenant, sha))
                .flatMap(java.util.Optional::stream).collect(Collectors.toMap(StoredFile::sha256, Function.identity(),
                        (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("maxFiles", PublicCases.MAX_ATTACHMENTS);
        model.addAttribute("maxBytes", maxRequestSize.toBytes());
        model.addAttribute("maxMegabytes", maxRequestSize.toMegabytes());
        return "portal/feedback";
    }

    @GetMapping("/receipt")
    String receipt(Model model) {
        Object receipt = model.getAttribute(RECEIPT);
        if (!(receipt instanceof ReceiptView view)) {
            // shown once: a reload or a shared link leads to the follow-up page instead
            return "redirect:/portal/follow";
        }
        model.addAttribute("qr", QrCodes.svg(FollowPages.link(view.tenant(), view.code())));
        model.addAttribute("followAddress", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/portal/follow").build().toUriString());
        return "portal/receipt";
    }

    /** Above the server's limit for one request the form cannot be read at all: say so rather than fail. */
    @ExceptionHandler({MaxUploadSizeExceededException.class, IllegalStateException.class})
    String tooLarge(RuntimeException e, RedirectAttributes redirect) {
        if (!PublicCases.uploadTooLarge(e)) {
            throw e;
        }
        redirect.addFlashAttribute("tooLarge", maxRequestSize.toMegabytes());
        return "redirect:/portal/feedback";
    }
}
