package vn.lamchu.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * Finds letters like a given one: from the same sender, or with a similar text (with or without diacritics, by the
 * MinHash fingerprint), received within a time window; the same place raises the score. Used at intake (to flag
 * repeated letters and a writer guided before) and on demand from the case page.
 */
@Component
class DuplicateFinder {

    /** Below this estimated similarity a text alone does not make a suggestion. */
    static final double TEXT_THRESHOLD = 0.25;

    /** A letter like the one asked about. */
    record Similar(CaseId id, String number, String title, LocalDate receivedOn, CaseStatus status, UnitId handlingUnit,
                   UUID groupId, DecisionKind outcome, String categoryCode, double textSimilarity, boolean sameSender,
                   boolean samePlace) {

        double score() {
            return textSimilarity + (sameSender ? 0.3 : 0) + (samePlace ? 0.1 : 0);
        }
    }

    private final JdbcClient jdbc;

    DuplicateFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Similar> similar(TenantId tenant, int[] fingerprint, String senderKey, UUID placeUnit, Instant since,
                          CaseId exclude, int limit) {
        return jdbc.sql("""
                        select id, number, title, received_on, status, handling_unit_id, group_id, outcome, category_code,
                               minhash, sender_key, place_unit_id
                        from citizen_case
                        where tenant_id = :tenant and received_at >= :since and id <> :exclude
                          and (minhash && :fingerprint or (cast(:sender as text) is not null and sender_key = :sender))
                        order by received_at desc
                        limit 500""")
                .param("tenant", tenant.value()).param("since", Timestamp.from(since))
                .param("exclude", exclude == null ? new UUID(0, 0) : exclude.value())
                .param("fingerprint", fingerprint).param("sender", senderKey)
                .query((rs, i) -> similar(rs, fingerprint,
                        senderKey != null && senderKey.equals(rs.getString("sender_key")),
                        placeUnit != null && placeUnit.equals(rs.getObject("place_unit_id", UUID.class))))
                .stream()
                .filter(s -> s.sameSender() || s.textSimilarity() >= TEXT_THRESHOLD)
                .sorted(Comparator.comparingDouble(Similar::score).reversed())
                .limit(limit)
                .toList();
    }

    /**
     * The same sender's letters within the window, with their text similarity: all that the intake needs to flag a
     * repeated letter ({@link #repetition}). A B-tree lookup by sender, so that the intake does not pay for the
     * text-similarity search over every letter (measured: about a second at 500,000 cases, docs/performance.md).
     */
    List<Similar> sameSender(TenantId tenant, int[] fingerprint, String senderKey, Instant since) {
        if (senderKey == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, number, title, received_on, status, handling_unit_id, group_id, outcome, category_code,
                               minhash
                        from citizen_case
                        where tenant_id = :tenant and sender_key = :sender and received_at >= :since
                        order by received_at desc
                        limit 200""")
                .param("tenant", tenant.value()).param("sender", senderKey).param("since", Timestamp.from(since))
                .query((rs, i) -> similar(rs, fingerprint, true, false))
                .list();
    }

    private static Similar similar(java.sql.ResultSet rs, int[] fingerprint, boolean sameSender, boolean samePlace)
            throws java.sql.SQLException {
        String outcome = rs.getString("outcome");
        return new Similar(new CaseId(rs.getObject("id", UUID.class)), rs.getString("number"), rs.getString("title"),
                CaseStore.date(rs, "received_on"), CaseStatus.valueOf(rs.getString("status")),
                new UnitId(rs.getObject("handling_unit_id", UUID.class)), rs.getObject("group_id", UUID.class),
                outcome == null ? null : DecisionKind.valueOf(outcome), rs.getString("category_code"),
                TextFingerprint.similarity(fingerprint, CaseStore.ints(rs.getArray("minhash"))), sameSender, samePlace);
    }

    /** Whether the same sender already sent this content: "repeated", and whether that one was guided. */
    static boolean[] repetition(List<Similar> similar) {
        boolean repeated = similar.stream().anyMatch(s -> s.sameSender() && s.textSimilarity() >= 0.5);
        boolean guided = similar.stream().anyMatch(s -> s.sameSender() && s.textSimilarity() >= 0.5
                && Objects.equals(s.outcome(), DecisionKind.GUIDE));
        return new boolean[] {repeated, guided};
    }
}
