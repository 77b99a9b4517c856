package vn.lamchu.cases.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.lamchu.cases.AttachmentStore;
import vn.lamchu.cases.StoredFile;
import vn.lamchu.shared.CurrentActor;

/** REST: staff upload an attachment for their tenant; a case will refer to it by its SHA-256. */
@RestController
@RequestMapping("/api/v1/files")
@Tag(name = "Tệp đính kèm / Attachments", description = "Lưu tệp đính kèm (kiểm tra loại theo nội dung, tối đa 20 MB)")
class FileApiController {

    private final AttachmentStore store;
    private final CurrentActor currentActor;

    FileApiController(AttachmentStore store, CurrentActor currentActor) {
        this.store = store;
        this.currentActor = currentActor;
    }

    record FileView(String sha256, long size, String mediaType, String originalName, Instant createdAt, String createdBy) {
        static FileView of(StoredFile file) {
            return new FileView(file.sha256(), file.size(), file.mediaType(), file.originalName(), file.createdAt(),
                    file.createdBy());
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    FileView upload(@RequestPart("file") MultipartFile file) throws IOException {
        var tenant = currentActor.require().tenantId();
        try (InputStream content = file.getInputStream()) {
            return FileView.of(store.store(tenant, file.getOriginalFilename(), content));
        }
    }
}
