package vn.lamchu.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.lamchu.shared.Actor;
import vn.lamchu.shared.Permission;

/** The signed-in account inside Spring Security: its actor, and authorities = permissions + ROLE_ names. */
record AccountPrincipal(Actor actor, List<Role> roles) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    Collection<GrantedAuthority> authorities() {
        return Stream.concat(
                actor.permissions().stream().map(p -> (GrantedAuthority) new SimpleGrantedAuthority(p.name())),
                roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))).toList();
    }

    /** The account's effective permissions: its roles' and its explicit grants ({@link PermissionGrants}). */
    static AccountPrincipal of(Account account, Set<Permission> granted) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        permissions.addAll(Role.permissionsOf(account.roles()));
        permissions.addAll(granted);
        return new AccountPrincipal(new Actor(account.id(), account.username(), account.displayName(),
                account.tenantId(), account.unitId(), Set.copyOf(permissions)),
                List.copyOf(account.roles()));
    }

    @Override
    public String toString() {
        return actor.username();
    }
}
