package vn.lamchu.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/** SQL for people and post holdings. Every statement is fenced by tenant. */
@Repository
class PeopleStore {

    private static final String PERSON_COLUMNS = """
            p.tenant_id, p.id, p.code, p.full_name, p.birth_date, p.gender, p.phone, p.email, p.party_member,
            p.unit_id, p.version""";
    private static final String HOLDING_SELECT = """
            select h.id, h.person_id, p.full_name, h.unit_id, u.name as unit_name, h.post, h.title, h.valid_from,
                   h.valid_to, h.version
            from post_holding h
            join person p on p.tenant_id = h.tenant_id and p.id = h.person_id
            join org_unit u on u.tenant_id = h.tenant_id and u.id = h.unit_id
            """;
    /** A person is in scope if the unit keeping the record, or a unit where they hold or held a post, is. */
    private static final String PERSON_IN_SCOPE = """
            (p.unit_id in (select id from scope) or exists (select 1 from post_holding h
                where h.tenant_id = p.tenant_id and h.person_id = p.id and h.unit_id in (select id from scope)))""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PeopleStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<Person> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from person p where p.tenant_id = ? and p.id = ?")
                .params(tenant.value(), id).query(PeopleStore::mapPerson).optional();
    }

    Optional<Person> findInScope(TenantId tenant, UnitId root, UUID id) {
        return jdbc.sql(UnitStore.SCOPE_CTE + "select " + PERSON_COLUMNS
                        + " from person p where p.tenant_id = :tenant and p.id = :id and " + PERSON_IN_SCOPE)
                .param("tenant", tenant.value()).param("root", root.value()).param("id", id)
                .query(PeopleStore::mapPerson).optional();
    }

    Optional<Person> findByCode(TenantId tenant, String code) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from person p where p.tenant_id = ? and p.code = ?")
                .params(tenant.value(), code).query(PeopleStore::mapPerson).optional();
    }

    /** People in scope whose name, code or phone matches the folded query; all of them for an empty query. */
    List<Person> search(TenantId tenant, UnitId root, String query, int limit, int offset) {
        return jdbc.sql(UnitStore.SCOPE_CTE + "select " + PERSON_COLUMNS + " from person p where p.tenant_id = :tenant and "
                        + PERSON_IN_SCOPE + """
                         and (:q = '' or lamchu_fold(p.full_name) like '%' || lamchu_fold(:q) || '%'
                              or upper(coalesce(p.code, '')) = upper(:q) or coalesce(p.phone, '') like '%' || :q || '%')
                        order by lamchu_fold(p.full_name), p.id limit :limit offset :offset""")
                .param("tenant", tenant.value()).param("root", root.value()).param("q", query == null ? "" : query)
                .param("limit", limit).param("offset", offset)
                .query(PeopleStore::mapPerson).list();
    }

    /** Every person of the tenant (for an import, which matches codes and scope in memory). */
    List<Person> all(TenantId tenant) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from person p where p.tenant_id = ?")
                .param(tenant.value()).query(PeopleStore::mapPerson).list();
    }

    void insert(Person p, Instant now) {
        insertAll(List.of(p), now);
    }

    void insertAll(List<Person> people, Instant now) {
        Timestamp created = Timestamp.from(now);
        Batches.insert(batch, """
                        insert into person (tenant_id, id, code, full_name, birth_date, gender, phone, email,
                                            party_member, unit_id, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", people,
                p -> new Object[]{p.tenantId().value(), p.id(), p.code(), p.fullName(), p.birthDate(),
                        p.gender() == null ? null : p.gender().name(), p.phone(), p.email(), p.partyMember(),
                        p.unitId().value(), created});
    }

    boolean update(Person p, int expectedVersion) {
        return jdbc.sql("""
                        update person set code = ?, full_name = ?, birth_date = ?, gender = ?, phone = ?, email = ?,
                               party_member = ?, unit_id = ?, version = version + 1
                        where tenant_id = ? and id = ? and version = ?""")
                .params(p.code(), p.fullName(), p.birthDate(), p.gender() == null ? null : p.gender().name(),
                        p.phone(), p.email(), p.partyMember(), p.unitId().value(), p.tenantId().value(), p.id(),
                        expectedVersion)
                .update() == 1;
    }

    static Person mapPerson(ResultSet rs, int row) throws SQLException {
        String gender = rs.getString("gender");
        return new Person(new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getObject("id", UUID.class),
                rs.getString("code"), rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
                gender == null ? null : Person.Gender.valueOf(gender), rs.getString("phone"), rs.getString("email"),
                rs.getBoolean("party_member"), new UnitId(rs.getObject("unit_id", UUID.class)), rs.getInt("version"));
    }

    // --- post holdings

    record NewHolding(UUID id, UUID personId, UnitId unitId, Post post, String title, LocalDate validFrom,
                      LocalDate validTo) {
    }

    void insertHoldings(TenantId tenant, List<NewHolding> holdings) {
        Batches.insert(batch, """
                        insert into post_holding (tenant_id, id, person_id, unit_id, post, title, valid_from, valid_to)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""", holdings,
                h -> new Object[]{tenant.value(), h.id(), h.personId(), h.unitId().value(), h.post().name(), h.title(),
                        h.validFrom(), h.validTo()});
    }

    Optional<PostHolding> holding(TenantId tenant, UUID id) {
        return jdbc.sql(HOLDING_SELECT + " where h.tenant_id = ? and h.id = ?")
                .params(tenant.value(), id).query(PeopleStore::mapHolding).optional();
    }

    List<PostHolding> holdingsOfPerson(TenantId tenant, UUID person) {
        return jdbc.sql(HOLDING_SELECT + " where h.tenant_id = ? and h.person_id = ? order by h.valid_to nulls first, h.valid_from desc")
                .params(tenant.value(), person).query(PeopleStore::mapHolding).list();
    }

    List<PostHolding> holdingsInUnit(TenantId tenant, UnitId unit) {
        return jdbc.sql(HOLDING_SELECT + " where h.tenant_id = ? and h.unit_id = ? order by h.valid_to nulls first, h.post, p.full_name")
                .params(tenant.value(), unit.value()).query(PeopleStore::mapHolding).list();
    }

    List<PostHolding> holdingsOfPost(TenantId tenant, UnitId unit, Post post) {
        return jdbc.sql(HOLDING_SELECT + " where h.tenant_id = ? and h.unit_id = ? and h.post = ?")
                .params(tenant.value(), unit.value(), post.name()).query(PeopleStore::mapHolding).list();
    }

    /** Every holding of the tenant (for an import, which checks overlaps in memory). */
    List<PostHolding> allHoldings(TenantId tenant) {
        return jdbc.sql(HOLDING_SELECT + " where h.tenant_id = ?")
                .param(tenant.value()).query(PeopleStore::mapHolding).list();
    }

    List<PostHolding> holders(TenantId tenant, UnitId unit, Post post, LocalDate date) {
        return jdbc.sql(HOLDING_SELECT + """
                         where h.tenant_id = ? and h.unit_id = ? and h.post = ? and h.valid_from <= ?
                           and (h.valid_to is null or h.valid_to > ?) order by p.full_name""")
                .params(tenant.value(), unit.value(), post.name(), date, date)
                .query(PeopleStore::mapHolding).list();
    }

    boolean endHolding(TenantId tenant, UUID id, LocalDate date, int expectedVersion) {
        return jdbc.sql("update post_holding set valid_to = ?, version = version + 1 where tenant_id = ? and id = ? and version = ?")
                .params(date, tenant.value(), id, expectedVersion).update() == 1;
    }

    /** Ends the holdings in the unit still held on {@code date}: a unit that ends ends its posts. */
    int endHoldingsOfUnit(TenantId tenant, UnitId unit, LocalDate date) {
        return jdbc.sql("""
                        update post_holding set valid_to = ?, version = version + 1
                        where tenant_id = ? and unit_id = ? and (valid_to is null or valid_to > ?) and valid_from < ?""")
                .params(date, tenant.value(), unit.value(), date, date).update();
    }

    static PostHolding mapHolding(ResultSet rs, int row) throws SQLException {
        return new PostHolding(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("full_name"), new UnitId(rs.getObject("unit_id", UUID.class)), rs.getString("unit_name"),
                Post.valueOf(rs.getString("post")), rs.getString("title"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getInt("version"));
    }
}
