package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;

/**
 * Worklist pages read each unit of the scope in display order and merge them (and the cases forwarded on): the pages
 * of an administrator whose scope holds every unit of the province, laid end to end, are exactly the scope's letters in display order.
 */
@IntegrationTest
class WorklistOrderIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired OrgDirectory org;

    @Test
    void pagesOverManyUnitsFollowTheDisplayOrderWithoutGapsOrRepeats() throws Exception {
        DemoTokens tokens = new DemoTokens(jdbc, apiTokens);
        // letters in two communes' offices, read by the province's administrator, whose scope holds every unit
        for (int i = 0; i < 4; i++) {
            for (String officer : List.of("xuly.tp", "xuly.bm")) {
                String unit = officer.equals("xuly.tp") ? "TP-VP" : "BM-VP";
                mvc.perform(post("/api/v1/cases").header("Authorization", tokens.bearer(officer))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"channel":"POST","kind":"FEEDBACK","title":"Thứ tự danh sách %s","body":"Kiểm tra thứ tự trang của danh sách hồ sơ.",
                                 "handlingUnitId":"%s","senders":[{"name":"Phạm Văn Dũng","address":"Thôn 4"}]}"""
                                .formatted(UUID.randomUUID(), tokens.unitId(unit)))).andExpect(status().isCreated());
            }
        }
        String leader = tokens.bearer("quantri");
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 6; page++) {
            JsonNode items = json.readTree(mvc.perform(get("/api/v1/cases?list=ALL&closed=true&size=3&page=" + page)
                            .header("Authorization", leader)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString()).get("items");
            items.forEach(item -> paged.add(item.get("id").asString()));
        }
        UUID root = tokens.unitId("HA");
        TenantId tenant = new TenantId(jdbc.sql("select tenant_id from org_unit where id = ?").param(root)
                .query(UUID.class).single());
        UUID[] scope = org.subtree(tenant, new UnitId(root)).stream().map(UnitId::value).toArray(UUID[]::new);
        // the reference: the scope's letters in display order, leaving out those with an accused person (another
        // test's denunciations may concern this leader and are rightly hidden from him)
        List<String> expected = jdbc.sql("""
                        select c.id::text from citizen_case c
                        where c.tenant_id = ? and (c.handling_unit_id = any(?) or c.past_unit_ids && ?)
                          and not exists (select 1 from case_accused x where x.case_id = c.id)
                        order by c.due_on nulls last, c.received_at desc, c.id""")
                .params(tenant.value(), scope, scope).query(String.class).list();
        List<String> accused = jdbc.sql("select case_id::text from case_accused").query(String.class).list();
        paged.removeAll(accused);
        assertThat(paged).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        assertThat(paged).containsExactlyElementsOf(expected.subList(0, paged.size()));
    }
}
