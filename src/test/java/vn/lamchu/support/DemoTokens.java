package vn.lamchu.support;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lamchu.identity.ApiTokens;
import vn.lamchu.shared.TenantId;

/** Real personal API tokens for the demo accounts ({@code xuly.tp}, {@code lanhdao.tp} …), for REST tests. */
public final class DemoTokens {

    private final JdbcClient jdbc;
    private final ApiTokens tokens;

    public DemoTokens(JdbcClient jdbc, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    /** A new token of the demo account, as an {@code Authorization} header value. */
    public String bearer(String username) {
        var row = jdbc.sql("select tenant_id, id from account where lower(username) = lower(?)").param(username)
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        return "Bearer " + tokens.issue(new TenantId((UUID) row[0]), (UUID) row[1], "test " + username, null).token();
    }

    /** The id of a demo account. */
    public UUID accountId(String username) {
        return jdbc.sql("select id from account where lower(username) = lower(?)").param(username).query(UUID.class).single();
    }

    /** The id of a demo unit by code. */
    public UUID unitId(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(UUID.class).single();
    }
}
