package vn.lamchu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuditChainTests {

    static final UUID TENANT = UUID.fromString("0190f0c4-0000-7000-8000-000000000001");
    static final UUID ACCOUNT = UUID.fromString("0190f0c4-0000-7000-8000-0000000000aa");
    static final Instant AT = Instant.parse("2026-11-23T03:15:02.123456Z");

    static byte[] hashOf(byte[] prev, UUID tenant, long seq, Instant at, String kind, String actor, UUID account,
                         String action, String type, String id, String reason, String details) {
        return AuditChain.hash(prev, tenant, seq, at, kind, actor, account, action, type, id, reason, details);
    }

    static byte[] standard() {
        return hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "quantri", ACCOUNT, "update", "org_unit", "42",
                "sửa tên", "{\"name\":\"Phường Bình Minh\"}");
    }

    @Test
    void hashIsSha256AndDeterministic() {
        assertThat(standard()).hasSize(32).isEqualTo(standard());
    }

    @Test
    void hashOfAKnownEntryNeverChanges() {
        // A fixed vector: if this changes, every chain already stored stops verifying.
        assertThat(HexFormat.of().formatHex(standard())).isEqualTo("05a7bcfa7fdd391a3680313f5c61ef16edfe728faae76893ed5327d1126cd49e");
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        List<byte[]> variants = new ArrayList<>();
        byte[] otherPrev = new byte[32];
        otherPrev[0] = 1;
        variants.add(hashOf(otherPrev, TENANT, 1, AT, "CHANGE", "quantri", ACCOUNT, "update", "org_unit", "42", "sửa tên", "{}"));
        variants.add(hashOf(AuditChain.GENESIS, UUID.randomUUID(), 1, AT, "CHANGE", "quantri", ACCOUNT, "update", "org_unit", "42", "sửa tên", "{\"name\":\"Phường Bình Minh\"}"));
        variants.add(hashOf(AuditChain.GENESIS, TENANT, 2, AT, "CHANGE", "quantri", ACCOUNT, "update", "org_unit", "42", "sửa tên", "{\"name\":\"Phường Bình Minh\"}"));
        variants.add(hashOf(AuditChain.GENESIS, TENANT, 1, AT.plusNanos(1000), "CHANGE", "quantri", ACCOUNT, "update", "org_unit", "42", "sửa tên", "{\"name\":\"Phường Bình Minh\"}"));
        variants.add(hashOf(AuditChain.GENESIS, TENANT, 1, AT, "READ", "quantri", ACCOUNT, "update", "org_unit", "42", "sửa tên", "{\"name\":\"Phường Bình Minh\"}"));
        variants.add(hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "kiemtoan", ACCOUNT, "update", "org_unit", "42", "sửa tên", "{\"name\":\"Phường Bình Minh\"}"));
        variants.add(hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "quantri", null, "update", "org_unit", "42", "sửa tên", "{\"name\":\"Phường Bình Minh\"}"));
        variants.add(hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "quantri", ACCOUNT, "create", "org_unit", "42", "sửa tên", "{\"name\":\"Phường Bình Minh\"}"));
        variants.add(hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "quantri", ACCOUNT, "update", "account", "42", "sửa tên", "{\"name\":\"Phường Bình Minh\"}"));
        variants.add(hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "quantri", ACCOUNT, "update", "org_unit", "43", "sửa tên", "{\"name\":\"Phường Bình Minh\"}"));
        variants.add(hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "quantri", ACCOUNT, "update", "org_unit", "42", "sua ten", "{\"name\":\"Phường Bình Minh\"}"));
        variants.add(hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "quantri", ACCOUNT, "update", "org_unit", "42", "sửa tên", "{\"name\":\"Phường Bình Minh \"}"));
        byte[] original = standard();
        for (int i = 0; i < variants.size(); i++) {
            assertThat(variants.get(i)).as("variant %d", i).isNotEqualTo(original);
        }
    }

    @Test
    void aMissingReasonDiffersFromAnEmptyOrDashReason() {
        byte[] none = hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "a", null, "x", "t", "1", null, "{}");
        byte[] empty = hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "a", null, "x", "t", "1", "", "{}");
        byte[] dash = hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "a", null, "x", "t", "1", "-", "{}");
        assertThat(none).isNotEqualTo(empty).isNotEqualTo(dash);
        assertThat(empty).isNotEqualTo(dash);
    }

    @Test
    void movingTextAcrossAFieldBoundaryChangesTheHash() {
        // With a bare separator, ("a\u001f", "b") and ("a", "\u001fb") would read the same.
        byte[] one = hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "a", null, "x", "t\u001f", "1", null, "{}");
        byte[] two = hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "a", null, "x", "t", "\u001f1", null, "{}");
        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void hashesTheMicrosecondsThatPostgresStores() {
        Instant withNanos = Instant.parse("2026-11-23T03:15:02.123456789Z");
        assertThat(AuditChain.storedPrecision(withNanos)).isEqualTo(Instant.parse("2026-11-23T03:15:02.123456Z"));
        assertThat(hashOf(AuditChain.GENESIS, TENANT, 1, withNanos, "CHANGE", "a", null, "x", "t", "1", null, "{}"))
                .isEqualTo(hashOf(AuditChain.GENESIS, TENANT, 1, AuditChain.storedPrecision(withNanos), "CHANGE", "a",
                        null, "x", "t", "1", null, "{}"));
    }

    @Test
    void eachHashDependsOnTheWholeChainBeforeIt() {
        byte[] first = hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "a", null, "x", "t", "1", null, "{}");
        byte[] second = hashOf(first, TENANT, 2, AT, "CHANGE", "a", null, "x", "t", "2", null, "{}");
        byte[] firstEdited = hashOf(AuditChain.GENESIS, TENANT, 1, AT, "CHANGE", "b", null, "x", "t", "1", null, "{}");
        byte[] secondAfterEdit = hashOf(firstEdited, TENANT, 2, AT, "CHANGE", "a", null, "x", "t", "2", null, "{}");
        assertThat(secondAfterEdit).isNotEqualTo(second);
    }
}
