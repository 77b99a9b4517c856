package vn.lamchu.cases.web;

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
import vn.lamchu.cases.CaseDocuments;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.DocumentContent;
import vn.lamchu.documents.OfficialDocument;
import vn.lamchu.documents.OfficialDocuments;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;

/**
 * The documents issued for a case, rendered as DOCX or PDF in the layout of Nghị định 30/2020/NĐ-CP from the content
 * kept when they were issued: for staff who may see the case, through the API (token) and from the case page
 * (session). A reprint is always the same text.
 */
@RestController
@PreAuthorize("hasAuthority('OFFICE_ACCESS')")
@Tag(name = "Hồ sơ đơn thư / Cases")
class CaseDocumentDownloads {

    private final CaseDocuments documents;
    private final CaseQueries queries;
    private final OfficialDocuments renderer;
    private final CurrentActor currentActor;

    CaseDocumentDownloads(CaseDocuments documents, CaseQueries queries, OfficialDocuments renderer,
                          CurrentActor currentActor) {
        this.documents = documents;
        this.queries = queries;
        this.renderer = renderer;
        this.currentActor = currentActor;
    }

    @GetMapping({"/api/v1/cases/{id}/documents/{documentId}.{format}", "/office/cases/{id}/documents/{documentId}.{format}"})
    @Operation(summary = "Văn bản của hồ sơ (phiếu chuyển đơn, phiếu hướng dẫn, văn bản trả lời …) dạng DOCX hoặc PDF")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String documentId, @PathVariable String format) {
        Actor actor = currentActor.require();
        CaseId caseId = CaseId.of(id);
        queries.detail(actor, caseId);
        UUID docId;
        try {
            docId = UUID.fromString(documentId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("document", documentId);
        }
        CaseDocuments.IssuedDocument issued = documents.find(actor.tenantId(), caseId, docId)
                .orElseThrow(() -> new NotFoundException("document", documentId));
        OfficialDocument document = toOfficial(issued.content());
        String base = "van-ban-" + issued.number().replace('/', '-');
        return switch (format) {
            case "docx" -> file(renderer.toDocx(document), OfficialDocuments.DOCX_MEDIA_TYPE, base + ".docx");
            case "pdf" -> file(renderer.toPdf(document), OfficialDocuments.PDF_MEDIA_TYPE, base + ".pdf");
            default -> throw DomainException.invalid("cases.error.documentFormat");
        };
    }

    static OfficialDocument toOfficial(DocumentContent c) {
        return new OfficialDocument(c.governingBody(), c.issuingBody(), c.numberAndSymbol(), c.place(), c.date(),
                c.kindTitle(), c.summary(), c.addressees(), c.paragraphs(), c.recipients(), c.signingAuthority(),
                c.signerPosition(), c.signerName(), c.footerNote());
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String mediaType, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
