package vn.lamchu.cases.protection.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.StoredFile;
import vn.lamchu.cases.protection.IdentityReveals;
import vn.lamchu.shared.Actor;

/** A protected attachment as a download: never cached. */
final class ProtectedFiles {

    private ProtectedFiles() {
    }

    static ResponseEntity<InputStreamResource> response(IdentityReveals reveals, Actor actor, CaseId id, String sha256,
                                                        String reason) {
        IdentityReveals.ReleasedFile released = reveals.attachment(actor, id, sha256, reason);
        StoredFile file = released.file();
        String name = file.originalName() == null ? sha256 : file.originalName();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(released.content()));
    }
}
