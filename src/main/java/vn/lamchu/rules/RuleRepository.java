package vn.lamchu.rules;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rules, versions and terms in PostgreSQL (national reference data: no tenant, see V2_0_0__rules.sql). */
@Repository
class RuleRepository {

    private final JdbcClient jdbc;

    RuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Rule> findAll() {
        return load(null);
    }

    /** The rule with this id; if none, the rule whose id matches when folded ({@code qd11-commune} → {@code QĐ11-commune}). */
    Optional<Rule> find(String id) {
        List<Rule> exact = load(id);
        if (!exact.isEmpty()) {
            return Optional.of(exact.get(0));
        }
        return jdbc.sql("select id from legal_rule where lamchu_fold(id) = lamchu_fold(?) order by id limit 1")
                .param(id).query(String.class).optional()
                .flatMap(found -> load(found).stream().findFirst());
    }

    /** The optimistic-lock counter of each version of a rule. */
    Map<Integer, Integer> lockVersions(String ruleId) {
        Map<Integer, Integer> locks = new HashMap<>();
        jdbc.sql("select version_no, lock_version from legal_rule_version where rule_id = ?").param(ruleId)
                .query(rs -> {
                    locks.put(rs.getInt(1), rs.getInt(2));
                });
        return locks;
    }

    /** Locks the rule's row until commit, so that changes to one rule's versions happen one at a time. */
    void lockRule(String ruleId) {
        jdbc.sql("select id from legal_rule where id = ? for update").param(ruleId).query(String.class).single();
    }

    void insertVersion(RuleVersion version, String changedBy, Instant now) {
        jdbc.sql("""
                        insert into legal_rule_version (rule_id, version_no, valid_from, valid_to, source, confidence,
                                                        configurable, note, changed_at, changed_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(version.ruleId(), version.number(), Date.valueOf(version.validFrom()), sqlDate(version.validTo()),
                        version.source(), version.confidence().tag(), version.configurable(), version.note(),
                        Timestamp.from(now), changedBy)
                .update();
        insertTerms(version);
    }

    /** @return whether the version was at the expected lock counter */
    boolean closeVersion(String ruleId, int number, LocalDate validTo, int expectedLock, String changedBy, Instant now) {
        return jdbc.sql("""
                        update legal_rule_version set valid_to = ?, lock_version = lock_version + 1, changed_at = ?,
                               changed_by = ?
                        where rule_id = ? and version_no = ? and lock_version = ?""")
                .params(Date.valueOf(validTo), Timestamp.from(now), changedBy, ruleId, number, expectedLock)
                .update() == 1;
    }

    /** Replaces a version's values and terms in place; @return whether it was at the expected lock counter. */
    boolean updateVersion(RuleVersion version, int expectedLock, String changedBy, Instant now) {
        int rows = jdbc.sql("""
                        update legal_rule_version set source = ?, confidence = ?, configurable = ?, note = ?,
                               lock_version = lock_version + 1, changed_at = ?, changed_by = ?
                        where rule_id = ? and version_no = ? and lock_version = ?""")
                .params(version.source(), version.confidence().tag(), version.configurable(), version.note(),
                        Timestamp.from(now), changedBy, version.ruleId(), version.number(), expectedLock)
                .update();
        if (rows != 1) {
            return false;
        }
        jdbc.sql("delete from legal_rule_term where rule_id = ? and version_no = ?")
                .params(version.ruleId(), version.number()).update();
        insertTerms(version);
        return true;
    }

    private void insertTerms(RuleVersion version) {
        version.terms().forEach((flags, term) -> jdbc.sql("""
                        insert into legal_rule_term (rule_id, version_no, variant, kind, amount, unit, fixed_month,
                                                     fixed_day, fixed_exclusive, extensions_allowed, extension_amount)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(version.ruleId(), version.number(), VariantFlag.key(flags), term.kind().name(), term.amount(),
                        term.unit() == null ? null : term.unit().name(),
                        term.fixedDate() == null ? null : term.fixedDate().getMonthValue(),
                        term.fixedDate() == null ? null : term.fixedDate().getDayOfMonth(),
                        term.fixedDateExclusive(), term.extensionsAllowed(), term.extensionAmount())
                .update());
    }

    private List<Rule> load(String onlyId) {
        String where = onlyId == null ? "" : " where rule_id = :id";
        Map<String, Map<Integer, Map<Set<VariantFlag>, Term>>> terms = new HashMap<>();
        jdbc.sql("""
                        select rule_id, version_no, variant, kind, amount, unit, fixed_month, fixed_day, fixed_exclusive,
                               extensions_allowed, extension_amount
                        from legal_rule_term""" + where)
                .params(onlyId == null ? Map.of() : Map.of("id", onlyId))
                .query(rs -> {
                    terms.computeIfAbsent(rs.getString("rule_id"), k -> new HashMap<>())
                            .computeIfAbsent(rs.getInt("version_no"), k -> new LinkedHashMap<>())
                            .put(VariantFlag.parseKey(rs.getString("variant")), term(rs));
                });
        Map<String, List<RuleVersion>> versions = new HashMap<>();
        jdbc.sql("""
                        select rule_id, version_no, valid_from, valid_to, source, confidence, configurable, note
                        from legal_rule_version""" + where + " order by rule_id, valid_from")
                .params(onlyId == null ? Map.of() : Map.of("id", onlyId))
                .query(rs -> {
                    String ruleId = rs.getString("rule_id");
                    int number = rs.getInt("version_no");
                    Date validTo = rs.getDate("valid_to");
                    versions.computeIfAbsent(ruleId, k -> new ArrayList<>()).add(new RuleVersion(ruleId, number,
                            rs.getDate("valid_from").toLocalDate(), validTo == null ? null : validTo.toLocalDate(),
                            terms.getOrDefault(ruleId, Map.of()).getOrDefault(number, Map.of()),
                            rs.getString("source"), Confidence.ofTag(rs.getString("confidence")),
                            rs.getBoolean("configurable"), rs.getString("note")));
                });
        return jdbc.sql("""
                        select id, area, name_vi, name_en, trigger_vi, trigger_en, public_label_vi, public_label_en
                        from legal_rule""" + (onlyId == null ? "" : " where id = :id") + " order by sort_order, id")
                .params(onlyId == null ? Map.of() : Map.of("id", onlyId))
                .query((rs, n) -> new Rule(rs.getString("id"), RuleArea.valueOf(rs.getString("area")),
                        rs.getString("name_vi"), rs.getString("name_en"), rs.getString("trigger_vi"),
                        rs.getString("trigger_en"), rs.getString("public_label_vi"), rs.getString("public_label_en"),
                        versions.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    private static Term term(ResultSet rs) throws SQLException {
        TermKind kind = TermKind.valueOf(rs.getString("kind"));
        String unit = rs.getString("unit");
        int month = rs.getInt("fixed_month");
        MonthDay fixed = rs.wasNull() ? null : MonthDay.of(month, rs.getInt("fixed_day"));
        return new Term(kind, rs.getInt("amount"), unit == null ? null : PeriodUnit.valueOf(unit), fixed,
                rs.getBoolean("fixed_exclusive"), rs.getInt("extensions_allowed"), rs.getInt("extension_amount"));
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
