package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.shared.TenantId;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;
import vn.lamchu.support.MutableClock;

/**
 * The copy of a tenant's active categories that the intake checks letters against: a change made through the
 * administration counts at once; one made elsewhere (another node) within {@link ActiveCategories#KEPT}.
 */
@IntegrationTest
class ActiveCategoriesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired ActiveCategories active;
    @Autowired MutableClock clock;

    AdminApiCalls api;
    String admin;
    String code;

    @BeforeEach
    void setUp() {
        api = new AdminApiCalls(mvc, json);
        admin = new DemoTokens(jdbc, apiTokens).bearer("quantri");
        code = AdminApiCalls.unique("AC_");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    TenantId tenant() {
        return new TenantId(jdbc.sql("select id from tenant where code = 'HOA-AN'").query(java.util.UUID.class).single());
    }

    @Test
    void aCategoryAddedOrDeactivatedByAnAdministratorCountsAtOnce() throws Exception {
        assertThat(active.isActive(tenant(), "HA_TANG")).isTrue();
        assertThat(active.isActive(tenant(), code)).isFalse();

        api.call(admin, "POST", "/api/v1/admin/categories", """
                {"code":"%s","nameVi":"Cây xanh"}""".formatted(code), 201);
        assertThat(active.isActive(tenant(), code)).isTrue();

        api.call(admin, "PUT", "/api/v1/admin/categories/" + code, """
                {"nameVi":"Cây xanh","active":false,"version":0}""", 200);
        assertThat(active.isActive(tenant(), code)).isFalse();

        api.call(admin, "PUT", "/api/v1/admin/categories/" + code, """
                {"nameVi":"Cây xanh","active":true,"version":1}""", 200);
        assertThat(active.isActive(tenant(), code)).isTrue();
    }

    @Test
    void aChangeMadeOnAnotherNodeCountsOnceTheCopyIsOld() throws Exception {
        api.call(admin, "POST", "/api/v1/admin/categories", """
                {"code":"%s","nameVi":"Chợ, bến xe"}""".formatted(code), 201);
        clock.setInstant(java.time.Instant.now());
        assertThat(active.isActive(tenant(), code)).isTrue();

        // as another node's administrator does: the database changes, this node is not told
        jdbc.sql("update case_category set active = false where tenant_id = ? and code = ?")
                .params(tenant().value(), code).update();
        clock.advance(ActiveCategories.KEPT.minus(Duration.ofSeconds(1)));
        assertThat(active.isActive(tenant(), code)).isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(active.isActive(tenant(), code)).isFalse();
    }
}
