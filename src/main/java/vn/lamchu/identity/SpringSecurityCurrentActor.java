package vn.lamchu.identity;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/** The actor of the current request, from Spring Security; scope checked against today's unit tree. */
@Component
class SpringSecurityCurrentActor implements CurrentActor {

    private final OrgDirectory org;

    SpringSecurityCurrentActor(OrgDirectory org) {
        this.org = org;
    }

    @Override
    public Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    @Override
    public boolean canSee(TenantId tenant, UnitId unit) {
        return current()
                .filter(actor -> actor.tenantId().equals(tenant))
                .map(actor -> org.isWithin(tenant, unit, actor.unitId()))
                .orElse(false);
    }

    @Override
    public <T> T runAs(Actor actor, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        AccountPrincipal principal = new AccountPrincipal(actor, List.of());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
