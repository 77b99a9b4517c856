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
 * MinHash fingerprint), received within a time window; the same place raises the score. Text candidates are letters
 * about the same place (without a place: in the same handling unit) that share a locality-sensitive band of the
 * fingerprint in a month of the window: the GIN index {@code citizen_case_lsh} of V4_5_0 ({@code lamchu_lsh}), which
 * hands over a few hundred letters at ten million where the plain fingerprint overlap handed over a tenth of them. They
 * are then scored by the whole fingerprint. Used at intake (to flag
 * repeated letters and a writer guided before) and on demand from the case page.
 */
@Component
class DuplicateFinder {

    /** Below this estimated similarity a text alone does not make a suggestion. */
    static final double TEXT_THRESHOLD = 0.25;

    /** A letter like the one asked about. */
    record Similar(CaseId id, String number, String title, LocalDate receivedOn, CaseStatus status, UnitId handlingUnit,
                   UUID groupId, DecisionKind outcome, String categoryCode, double textSimilarity, boolean sameSender,
                   boolean samePlace, UUID placeUnitId) {

        /** The same suggestion, knowing the place asked about. */
        Similar at(UUID place) {
            return new Similar(id, number, title, receivedOn, status, handlingUnit, groupId, outcome, categoryCode,
                    textSimilarity, sameSender, place != null && place.equals(placeUnitId), placeUnitId);
        }

        double score() {
            return textSimilarity + (sameSender ? 0.3 : 0) + (samePlace ? 0.1 : 0);
        }
    }

    /** At most this many letters sharing a band are read and scored for one question. */
    static final int TEXT_CANDIDATES = 150;

    private static final String SELECT = """
            select tenant_id, id, number, title, received_on, status, handling_unit_id, group_id, outcome, category_code, minhash,
                   sender_key, place_unit_id
            from citizen_case
            """;

    private final JdbcClient jdbc;

    DuplicateFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Letters like the given fingerprint. Text candidates are read month by month, newest first, and at most
     * {@value #TEXT_CANDIDATES} of them are scored: where hundreds of letters about one place share stock phrases, the
     * cost stays bounded and the newest come first. The same sender's letters are read by their own index.
     */
    List<Similar> similar(TenantId tenant, int[] fingerprint, String senderKey, UUID placeUnit, UUID bucket,
                          Instant since, LocalDate today, CaseId exclude, int limit) {
        UUID excluded = exclude == null ? new UUID(0, 0) : exclude.value();
        java.util.Map<CaseId, Similar> found = new java.util.LinkedHashMap<>();
        for (Similar s : sameSender(tenant, fingerprint, senderKey, since)) {
            if (!s.id().value().equals(excluded)) {
                found.put(s.id(), s.at(placeUnit));
            }
        }
        String[] months = months(since, today);
        LocalDate firstDay = since.atZone(vn.lamchu.shared.LegalTime.VIETNAM).toLocalDate();
        int read = 0;
        for (int m = months.length - 1; m >= 0 && read < TEXT_CANDIDATES; m--) {
            // The band condition alone, fenced: PostgreSQL cannot estimate how few letters share a band, and given a
            // LIMIT or other conditions it chose to scan the table instead (measured: minutes at ten million).
            List<Similar> rows = jdbc.sql("with candidates as materialized (" + SELECT + """
                            where lamchu_lsh(minhash, coalesce(place_unit_id, handling_unit_id), received_on)
                                  && lamchu_lsh_probe(:fingerprint, cast(:bucket as uuid), array[cast(:month as date)]))
                            select * from candidates where tenant_id = :tenant and id <> :exclude
                            limit :limit""")
                    .param("fingerprint", fingerprint).param("bucket", bucket).param("month", months[m])
                    .param("tenant", tenant.value()).param("exclude", excluded)
                    .param("limit", TEXT_CANDIDATES - read)
                    .query((rs, i) -> similar(rs, fingerprint,
                            senderKey != null && senderKey.equals(rs.getString("sender_key")), placeUnit))
                    .list();
            read += rows.size();
            // the window's first month counts from its first day: the day is checked here, not in the query, which
            // must give the planner nothing but the band index to start from
            rows.stream().filter(s -> !s.receivedOn().isBefore(firstDay)).forEach(s -> found.putIfAbsent(s.id(), s));
        }
        return found.values().stream()
                .filter(s -> s.sameSender() || s.textSimilarity() >= TEXT_THRESHOLD)
                .sorted(Comparator.comparingDouble(Similar::score).reversed())
                .limit(limit)
                .toList();
    }

    /** The first day of every month from {@code since} to {@code today}: the months whose band keys are looked up. */
    static String[] months(Instant since, LocalDate today) {
        LocalDate month = since.atZone(vn.lamchu.shared.LegalTime.VIETNAM).toLocalDate().withDayOfMonth(1);
        List<String> months = new java.util.ArrayList<>();
        while (!month.isAfter(today)) {
            months.add(month.toString());
            month = month.plusMonths(1);
        }
        return months.toArray(String[]::new);
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
        return jdbc.sql(SELECT + """
                        where tenant_id = :tenant and sender_key = :sender and received_at >= :since
                        order by received_at desc
                        limit 200""")
                .param("tenant", tenant.value()).param("sender", senderKey).param("since", Timestamp.from(since))
                .query((rs, i) -> similar(rs, fingerprint, true, null))
                .list();
    }

    private static Similar similar(java.sql.ResultSet rs, int[] fingerprint, boolean sameSender, UUID placeUnit)
            throws java.sql.SQLException {
        boolean samePlace = placeUnit != null && placeUnit.equals(rs.getObject("place_unit_id", UUID.class));
        String outcome = rs.getString("outcome");
        return new Similar(new CaseId(rs.getObject("id", UUID.class)), rs.getString("number"), rs.getString("title"),
                CaseStore.date(rs, "received_on"), CaseStatus.valueOf(rs.getString("status")),
                new UnitId(rs.getObject("handling_unit_id", UUID.class)), rs.getObject("group_id", UUID.class),
                outcome == null ? null : DecisionKind.valueOf(outcome), rs.getString("category_code"),
                TextFingerprint.similarity(fingerprint, CaseStore.ints(rs.getArray("minhash"))), sameSender, samePlace,
                rs.getObject("place_unit_id", UUID.class));
    }

    /** Whether the same sender already sent this content: "repeated", and whether that one was guided. */
    static boolean[] repetition(List<Similar> similar) {
        boolean repeated = similar.stream().anyMatch(s -> s.sameSender() && s.textSimilarity() >= 0.5);
        boolean guided = similar.stream().anyMatch(s -> s.sameSender() && s.textSimilarity() >= 0.5
                && Objects.equals(s.outcome(), DecisionKind.GUIDE));
        return new boolean[] {repeated, guided};
    }
}
