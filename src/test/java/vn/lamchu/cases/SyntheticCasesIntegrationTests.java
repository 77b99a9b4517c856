package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.VietnameseText;
import vn.lamchu.support.IntegrationTest;

/**
 * The synthetic-data generator of the scale runs writes cases the product reads like any other: loadable, searchable
 * with and without diacritics, with decryptable senders, spread over communes it creates through the organisation
 * module, and with register numbers the intake will not hand out again.
 */
@IntegrationTest
class SyntheticCasesIntegrationTests {

    @Autowired SyntheticCases synthetic;
    @Autowired CaseStore store;
    @Autowired CaseIntake intake;
    @Autowired JdbcClient jdbc;

    @Test
    void generatedCasesAreReadLikeRealOnes() throws Exception {
        TenantId tenant = synthetic.tenantByCode("HOA-AN").orElseThrow();
        long[] reported = {0};
        // only into communes of its own: the demo communes' worklists stay as other tests expect them
        SyntheticCases.Result result = synthetic.generate(tenant, new SyntheticCases.Plan(1_500, 3, 3, 7, true),
                (done, total) -> {
                    reported[0] = done;
                    return true;
                });

        assertThat(result.cases()).isEqualTo(1_500);
        assertThat(reported[0]).isEqualTo(1_500);
        assertThat(synthetic.places(tenant).stream().filter(SyntheticCases.Place::synthetic)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("""
                        select count(*) from citizen_case c join case_step s on s.tenant_id = c.tenant_id and s.case_id = c.id
                        where s.actor = 'synthetic' and c.place_unit_id in (select id from org_unit where code in ('TP', 'BM'))""")
                .query(Long.class).single()).isZero();
        List<UUID> ids = jdbc.sql("select id from citizen_case where tenant_id = ? and number like '%' and exists "
                        + "(select 1 from case_step s where s.case_id = citizen_case.id and s.actor = 'synthetic') limit 200")
                .param(tenant.value()).query(UUID.class).list();
        assertThat(ids).hasSizeGreaterThan(100);
        for (UUID id : ids) {
            CitizenCase c = store.find(tenant, new CaseId(id)).orElseThrow();
            assertThat(c.title).isNotBlank();
            assertThat(c.lastSeq).isBetween(2, 3);
            if (!c.anonymous) {
                assertThat(intake.senders(tenant, c.id).get(0).name()).isNotBlank();
            }
        }
        // typed with or without diacritics, found either way
        String title = store.find(tenant, new CaseId(ids.get(0))).orElseThrow().title;
        String word = VietnameseText.fold(title).split(" ")[0];
        assertThat(jdbc.sql("""
                        select count(*) from citizen_case where tenant_id = ?
                        and to_tsvector('simple', search_text) @@ plainto_tsquery('simple', lamchu_fold(?))""")
                .params(tenant.value(), word).query(Long.class).single()).isPositive();
        // the next letter gets a number after the generated ones
        long highest = jdbc.sql("select max(split_part(number, '-', 2)::bigint) from citizen_case where tenant_id = ?")
                .param(tenant.value()).query(Long.class).single();
        assertThat(Long.parseLong(store.nextNumber(java.time.LocalDate.of(2026, 1, 1)).split("-")[1])).isGreaterThan(highest);
    }
}
