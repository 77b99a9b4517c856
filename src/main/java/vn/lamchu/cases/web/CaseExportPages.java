package vn.lamchu.cases.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lamchu.cases.CaseExports;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;

/**
 * The export of a worklist from the office: started from the worklist with its filter, followed on a page that polls
 * its progress (HTMX), cancelled or downloaded there.
 */
@Controller
@RequestMapping("/office/cases/exports")
@PreAuthorize("hasAuthority('OFFICE_ACCESS')")
class CaseExportPages {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CaseExports exports;
    private final CurrentActor currentActor;

    CaseExportPages(CaseExports exports, CurrentActor currentActor) {
        this.exports = exports;
        this.currentActor = currentActor;
    }

    @PostMapping
    String start(@ModelAttribute("worklist") WorklistForm form, BindingResult result, Locale locale,
                 RedirectAttributes redirect) {
        Actor actor = currentActor.require();
        try {
            CaseExports.Job job = exports.start(form.toFilter(CasePages.defaultTab(actor), result), locale);
            return "redirect:/office/cases/exports/" + job.id();
        } catch (DomainException refused) {
            redirect.addFlashAttribute("exportRefused", refused);
            return "redirect:" + form.url(form.toFilter(CasePages.defaultTab(actor), result).list(), 0);
        }
    }

    @GetMapping("/{id}")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("job", exports.get(id));
        return "cases/export";
    }

    /** The progress section alone, polled by the page while the export runs. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", exports.get(id));
        return "cases/export :: progress";
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id) {
        exports.cancel(id);
        return "redirect:/office/cases/exports/" + id;
    }

    @GetMapping("/{id}/file")
    ResponseEntity<FileSystemResource> file(@PathVariable UUID id) {
        return download(exports, id);
    }

    /** The finished file as an attachment (shared with the API). */
    static ResponseEntity<FileSystemResource> download(CaseExports exports, UUID id) {
        Path file = exports.file(id);
        try {
            return ResponseEntity.ok().contentType(XLSX).contentLength(Files.size(file))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(exports.get(id).fileName()).build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(new FileSystemResource(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
