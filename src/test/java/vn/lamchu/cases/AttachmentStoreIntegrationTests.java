package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.lamchu.identity.ApiTokens;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.TenantId;
import vn.lamchu.support.IntegrationTest;
import vn.lamchu.support.MutableClock;
import vn.lamchu.support.TestDataDirectory;

@IntegrationTest
class AttachmentStoreIntegrationTests {

    @Autowired AttachmentStore store;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired MessageSource messages;
    @Autowired MockMvc mvc;
    @Autowired ApiTokens tokens;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private TenantId demoTenant() {
        return new TenantId(jdbc.sql("select id from tenant where code = 'HOA-AN'").query(UUID.class).single());
    }

    private TenantId newTenant() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into tenant (id, code, name, created_at) values (?, ?, ?, ?)")
                .params(id, "T-" + id, "Tỉnh thử " + id, Timestamp.from(Instant.now())).update();
        return new TenantId(id);
    }

    private static byte[] uniquePdf() {
        return ("%PDF-1.7\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private int auditEntries(TenantId tenant, String sha256, String action) {
        return jdbc.sql("""
                        select count(*) from audit_entry
                        where tenant_id = ? and entity_type = 'stored_file' and entity_id = ? and action = ?""")
                .params(tenant.value(), sha256, action).query(Integer.class).single();
    }

    @Test
    void storingWritesTheMetadataRowAndAnAuditEntry() throws IOException {
        TenantId tenant = demoTenant();
        byte[] pdf = uniquePdf();
        Instant at = Instant.parse("2026-03-02T03:04:05Z");
        clock.setInstant(at);

        StoredFile stored = store.store(tenant, "Đơn  khiếu nại.pdf", new ByteArrayInputStream(pdf));

        assertThat(stored.tenantId()).isEqualTo(tenant);
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.originalName()).isEqualTo("Đơn khiếu nại.pdf");
        assertThat(stored.createdAt()).isEqualTo(at);
        assertThat(stored.createdBy()).isEqualTo("system");
        assertThat(store.find(tenant, stored.sha256())).contains(stored);
        assertThat(auditEntries(tenant, stored.sha256(), "create")).isEqualTo(1);
        try (InputStream in = store.read(tenant, stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void theSameContentIsOneBlobOnDiskButEachTenantHasItsOwnRecord() {
        TenantId first = demoTenant();
        TenantId second = newTenant();
        byte[] pdf = uniquePdf();

        StoredFile a = store.store(first, "a.pdf", new ByteArrayInputStream(pdf));
        StoredFile again = store.store(first, "b.pdf", new ByteArrayInputStream(pdf));
        StoredFile b = store.store(second, "c.pdf", new ByteArrayInputStream(pdf));

        assertThat(again).isEqualTo(a);
        assertThat(auditEntries(first, a.sha256(), "create")).isEqualTo(1);
        assertThat(auditEntries(first, a.sha256(), "store-again")).isEqualTo(1);
        assertThat(b.tenantId()).isEqualTo(second);
        assertThat(b.originalName()).isEqualTo("c.pdf");
        assertThat(jdbc.sql("select count(*) from stored_file where sha256 = ?").param(a.sha256())
                .query(Integer.class).single()).isEqualTo(2);
        Path blob = blobPath(a.sha256());
        assertThat(blob).exists();
        assertThat(blob.getParent()).isDirectoryContaining(p -> p.getFileName().toString().equals(a.sha256()));
    }

    @Test
    void aTenantCannotReadAnotherTenantsFile() {
        StoredFile stored = store.store(demoTenant(), "a.pdf", new ByteArrayInputStream(uniquePdf()));

        assertThatThrownBy(() -> store.read(newTenant(), stored.sha256())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCorruptedBlobIsDetectedOnRead() throws IOException {
        TenantId tenant = demoTenant();
        StoredFile stored = store.store(tenant, "a.pdf", new ByteArrayInputStream(uniquePdf()));
        Path blob = blobPath(stored.sha256());
        byte[] bytes = Files.readAllBytes(blob);
        bytes[bytes.length - 3] ^= 0x20;
        Files.write(blob, bytes);

        assertThatThrownBy(() -> store.read(tenant, stored.sha256())).isInstanceOf(StoredFileCorruptedException.class);
    }

    @Test
    void aRefusedFileLeavesNoRowAndNoAuditEntry() {
        TenantId tenant = newTenant();
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};

        assertThatThrownBy(() -> store.store(tenant, "don.pdf", new ByteArrayInputStream(elf)))
                .isInstanceOf(DomainException.class).hasMessage("file.type-not-allowed");
        assertThat(jdbc.sql("select count(*) from stored_file where tenant_id = ?").param(tenant.value())
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ?").param(tenant.value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void refusalsReadWellInVietnameseAndEnglish() {
        Locale vi = Locale.forLanguageTag("vi");
        assertThat(messages.getMessage("file.too-large", new Object[]{20L}, vi)).contains("tối đa 20 MB");
        assertThat(messages.getMessage("file.type-not-allowed", new Object[]{"application/x-executable"}, vi))
                .contains("application/x-executable").contains("PDF").contains("ảnh JPEG");
        assertThat(messages.getMessage("file.empty", null, Locale.ENGLISH)).contains("empty");
        assertThat(messages.getMessage("receipt.invalid", null, vi)).contains("Mã biên nhận");
    }

    @Test
    void theApiStoresAnUploadForTheCallersTenant() throws Exception {
        String token = quantriToken();
        byte[] pdf = uniquePdf();

        mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "Đơn.pdf", "image/png", pdf))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(pdf.length))
                .andExpect(jsonPath("$.originalName").value("Đơn.pdf"))
                .andExpect(jsonPath("$.createdBy").value("quantri"))
                .andExpect(jsonPath("$.sha256").value(Matchers.matchesPattern("[0-9a-f]{64}")));
    }

    @Test
    void theApiExplainsARefusalAsProblemDetails() throws Exception {
        String token = quantriToken();
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

        mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "don.pdf", "application/pdf", exe))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("application/x-msdownload")));
        mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "rong.pdf", "application/pdf", new byte[0]))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Tệp rỗng")));
    }

    @Test
    void theApiNeedsAToken() throws Exception {
        mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "a.pdf", "application/pdf", uniquePdf())))
                .andExpect(status().isUnauthorized());
    }

    private String quantriToken() {
        TenantId tenant = demoTenant();
        UUID account = jdbc.sql("select id from account where tenant_id = ? and username = 'quantri'")
                .param(tenant.value()).query(UUID.class).single();
        return tokens.issue(tenant, account, "tệp " + UUID.randomUUID(), null).token();
    }

    private static Path blobPath(String sha256) {
        return TestDataDirectory.DIRECTORY.resolve("files").resolve("sha256").resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
