package vn.lamchu.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.lamchu.shared.Actor;

/** The signed-in account inside Spring Security: its actor, and authorities = permissions + ROLE_ names. */
record AccountPrincipal(Actor actor, List<Role> roles) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    Collection<GrantedAuthority> authorities() {
        return Stream.concat(
                actor.permissions().stream().map(p -> (GrantedAuthority) new SimpleGrantedAuthority(p.name())),
                roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))).toList();
    }

    static AccountPrincipal of(Account account) {
        return new AccountPrincipal(new Actor(account.id(), account.username(), account.displayName(),
                account.tenantId(), account.unitId(), Role.permissionsOf(account.roles())),
                List.copyOf(account.roles()));
    }

    @Override
    public String toString() {
        return actor.username();
    }
}
