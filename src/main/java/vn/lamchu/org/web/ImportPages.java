package vn.lamchu.org.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lamchu.org.JurisdictionLevel;
import vn.lamchu.org.OrgImports;
import vn.lamchu.org.Post;
import vn.lamchu.org.UnitKind;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.CurrentActor;

/**
 * The CSV import page: upload, preview with the problems of each line, confirm, watch the progress (an HTMX-polled
 * fragment), cancel; the example files and the description of the columns.
 */
@Controller
@RequestMapping("/admin/import")
@PreAuthorize("hasAuthority('ORG_MANAGE')")
class ImportPages {

    private final OrgImports imports;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    ImportPages(OrgImports imports, CurrentActor currentActor, MessageSource messages) {
        this.imports = imports;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    /** A column of the import files with what it means, in the reader's language. */
    record ColumnHelp(String name, boolean required, String help) {
    }

    @GetMapping
    String page(Model model, Locale locale) {
        model.addAttribute("recent", imports.recent(currentActor.require()));
        model.addAttribute("kinds", OrgImports.Kind.values());
        model.addAttribute("maxMegabytes", OrgImports.MAX_BYTES / (1024 * 1024));
        Map<String, String> lists = Map.of(
                "loai_don_vi", labels(UnitKind.values(), "unit.kind.", locale),
                "cap_dia_ban", labels(JurisdictionLevel.values(), "jurisdiction.level.", locale),
                "chuc_vu", labels(Post.values(), "post.", locale));
        Map<OrgImports.Kind, List<ColumnHelp>> columns = new EnumMap<>(OrgImports.Kind.class);
        for (OrgImports.Kind kind : OrgImports.Kind.values()) {
            columns.put(kind, OrgImports.columns(kind).stream().map(c -> {
                String key = kind == OrgImports.Kind.PEOPLE && c.name().equals("ma_don_vi")
                        ? "import.help.ma_don_vi.people" : "import.help." + c.name();
                Object[] args = lists.containsKey(c.name()) ? new Object[]{lists.get(c.name())} : new Object[0];
                return new ColumnHelp(c.name(), c.required(), messages.getMessage(key, args, key, locale));
            }).toList());
        }
        model.addAttribute("columns", columns);
        return "org/import";
    }

    private String labels(Enum<?>[] values, String prefix, Locale locale) {
        return Arrays.stream(values).map(v -> messages.getMessage(prefix + v.name(), null, v.name(), locale))
                .collect(Collectors.joining("; "));
    }

    @PostMapping
    String upload(@RequestParam(defaultValue = "UNITS") OrgImports.Kind kind,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "import.file.missing");
            redirect.addFlashAttribute("uploadErrorArgs", new Object[0]);
            return "redirect:/admin/import";
        }
        if (file.getSize() > OrgImports.MAX_BYTES) {
            return tooLarge();
        }
        try {
            var view = imports.upload(currentActor.require(), kind, file.getOriginalFilename(), file.getBytes());
            return "redirect:/admin/import/" + view.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("uploadError", e.messageKey());
            redirect.addFlashAttribute("uploadErrorArgs", e.arguments());
            return "redirect:/admin/import";
        }
    }

    /** A file above the server's multipart limit never reaches {@link #upload}: say the same as for 5 MB. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge() {
        return "redirect:/admin/import?tooLarge";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("preview", imports.preview(currentActor.require(), id));
        return "org/import-detail";
    }

    @GetMapping("/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("preview", new OrgImports.Preview(imports.get(currentActor.require(), id), List.of(), List.of()));
        return "org/import-detail :: progress";
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            imports.confirm(currentActor.require(), id);
        } catch (DomainException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
        }
        return "redirect:/admin/import/" + id;
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            imports.cancel(currentActor.require(), id);
            redirect.addFlashAttribute("notice", "import.cancel.requested");
        } catch (DomainException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
        }
        return "redirect:/admin/import/" + id;
    }

    /** The example files, with every column and a few rows. */
    @GetMapping("/examples/{name}.csv")
    ResponseEntity<byte[]> example(@PathVariable String name) throws IOException {
        if (!name.equals("don-vi") && !name.equals("nhan-su")) {
            throw new NotFoundException("example", name);
        }
        byte[] content = new ClassPathResource("org/import-examples/" + name + ".csv").getContentAsByteArray();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("vi-du-" + name + ".csv").build().toString())
                .body(content);
    }
}
