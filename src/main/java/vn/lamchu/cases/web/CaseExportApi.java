package vn.lamchu.cases.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.cases.CaseExports;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.CaseStatus;
import vn.lamchu.cases.Channel;
import vn.lamchu.cases.ContentKind;

/**
 * Exports of a worklist to XLSX through the API: start with the worklist's filter (202 and the job), poll the job,
 * fetch the file when it is ready, or cancel it.
 */
@RestController
@RequestMapping("/api/v1/cases/exports")
@PreAuthorize("hasAuthority('OFFICE_ACCESS')")
@Tag(name = "Hồ sơ đơn thư / Cases")
class CaseExportApi {

    private final CaseExports exports;

    CaseExportApi(CaseExports exports) {
        this.exports = exports;
    }

    @PostMapping
    @Operation(summary = "Xuất danh sách đơn thư (theo bộ lọc của danh sách) ra tệp Excel, chạy nền")
    ResponseEntity<CaseExports.Job> start(@RequestParam(defaultValue = "ALL") CaseQueries.Worklist list,
                                          @RequestParam(required = false) String q,
                                          @RequestParam(required = false) CaseStatus status,
                                          @RequestParam(required = false) ContentKind kind,
                                          @RequestParam(required = false) String category,
                                          @RequestParam(required = false) Channel channel,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(defaultValue = "false") boolean closed, Locale locale) {
        CaseExports.Job job = exports.start(new CaseQueries.Filter(list, q, status, kind, category, channel, from, to,
                closed, 0, 1), locale);
        return ResponseEntity.accepted().location(URI.create("/api/v1/cases/exports/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Tiến độ xuất tệp")
    CaseExports.Job get(@PathVariable UUID id) {
        return exports.get(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Hủy việc xuất tệp")
    CaseExports.Job cancel(@PathVariable UUID id) {
        return exports.cancel(id);
    }

    @GetMapping("/{id}/file")
    @Operation(summary = "Tải tệp Excel đã xuất xong (409 khi chưa xong)")
    ResponseEntity<FileSystemResource> file(@PathVariable UUID id) {
        return CaseExportPages.download(exports, id);
    }
}
