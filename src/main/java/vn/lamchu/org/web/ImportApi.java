package vn.lamchu.org.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import vn.lamchu.org.OrgImports;
import vn.lamchu.org.web.OrgJson.ImportJson;
import vn.lamchu.shared.CurrentActor;

/**
 * CSV imports over the API: upload (multipart {@code file}, or the CSV itself as a {@code text/csv} body) → the
 * checked import with its problems; confirm; follow the progress; cancel. Needs ORG_MANAGE.
 */
@RestController
@RequestMapping("/api/v1/org/imports")
@PreAuthorize("hasAuthority('ORG_MANAGE')")
class ImportApi {

    private final OrgImports imports;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    ImportApi(OrgImports imports, CurrentActor currentActor, MessageSource messages) {
        this.imports = imports;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJson> uploadFile(@RequestParam OrgImports.Kind kind, @RequestParam MultipartFile file)
            throws IOException {
        if (file.getSize() > OrgImports.MAX_BYTES) {
            throw tooLarge();
        }
        return created(imports.upload(currentActor.require(), kind, file.getOriginalFilename(), file.getBytes()));
    }

    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<ImportJson> uploadBody(@RequestParam OrgImports.Kind kind,
                                          @RequestParam(defaultValue = "import.csv") String fileName,
                                          HttpServletRequest request) throws IOException {
        byte[] content;
        try (InputStream in = request.getInputStream()) {
            content = in.readNBytes(OrgImports.MAX_BYTES + 1);
        }
        if (content.length > OrgImports.MAX_BYTES) {
            throw tooLarge();
        }
        return created(imports.upload(currentActor.require(), kind, fileName, content));
    }

    private ResponseEntity<ImportJson> created(OrgImports.ImportView view) {
        return ResponseEntity.created(URI.create("/api/v1/org/imports/" + view.id())).body(json(view));
    }

    @GetMapping
    List<ImportJson> recent() {
        return imports.recent(currentActor.require()).stream().map(this::json).toList();
    }

    /** The import's state and progress: poll this while it is QUEUED or RUNNING. */
    @GetMapping("/{id}")
    ImportJson get(@PathVariable UUID id) {
        return json(imports.get(currentActor.require(), id));
    }

    @PostMapping("/{id}/confirm")
    ImportJson confirm(@PathVariable UUID id) {
        return json(imports.confirm(currentActor.require(), id));
    }

    @PostMapping("/{id}/cancel")
    ImportJson cancel(@PathVariable UUID id) {
        return json(imports.cancel(currentActor.require(), id));
    }

    private ImportJson json(OrgImports.ImportView view) {
        Locale locale = LocaleContextHolder.getLocale();
        return ImportJson.of(view, messages, locale);
    }

    /** Answered with 413 and the size limit in words (OrgApiProblems). */
    static MaxUploadSizeExceededException tooLarge() {
        return new MaxUploadSizeExceededException(OrgImports.MAX_BYTES);
    }
}
