package vn.lamchu.cases.protection.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.protection.ProtectionRequests;
import vn.lamchu.documents.OfficialDocuments;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;

/** The decision applying protection measures (Luật Tố cáo 2018, Điều 52) as DOCX or PDF, from the API and the page. */
@RestController
@PreAuthorize("hasAuthority('OFFICE_ACCESS')")
@Tag(name = "Bảo vệ người tố cáo / Denouncer protection")
class ProtectionDocumentDownloads {

    private final ProtectionRequests requests;
    private final OfficialDocuments renderer;
    private final CurrentActor currentActor;

    ProtectionDocumentDownloads(ProtectionRequests requests, OfficialDocuments renderer, CurrentActor currentActor) {
        this.requests = requests;
        this.renderer = renderer;
        this.currentActor = currentActor;
    }

    @GetMapping({"/api/v1/cases/{id}/protection/{requestId}/decision.{format}",
            "/office/cases/{id}/protection/{requestId}/decision.{format}"})
    @Operation(summary = "Quyết định áp dụng biện pháp bảo vệ người tố cáo, dạng DOCX hoặc PDF")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable UUID requestId, @PathVariable String format) {
        ProtectionRequests.Decision decision = requests.decision(currentActor.require(), CaseId.of(id), requestId)
                .orElseThrow(() -> new NotFoundException("protection_decision", requestId.toString()));
        String base = "quyet-dinh-bao-ve-" + decision.number().replace('/', '-');
        return switch (format) {
            case "docx" -> file(renderer.toDocx(decision.document()), OfficialDocuments.DOCX_MEDIA_TYPE, base + ".docx");
            case "pdf" -> file(renderer.toPdf(decision.document()), OfficialDocuments.PDF_MEDIA_TYPE, base + ".pdf");
            default -> throw DomainException.invalid("cases.error.documentFormat");
        };
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String mediaType, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
