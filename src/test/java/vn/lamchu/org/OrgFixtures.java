package vn.lamchu.org;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.support.ResourceBundleMessageSource;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/** Intention-revealing test data for the organisation rules: a tenant, units, jurisdictions, an in-memory tree. */
final class OrgFixtures {

    static final TenantId TENANT = new TenantId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private OrgFixtures() {
    }

    static Jurisdiction jurisdiction(String code, JurisdictionLevel level, UUID parent, LocalDate from, LocalDate to) {
        return new Jurisdiction(TENANT, UUID.nameUUIDFromBytes(code.getBytes()), parent, level, code, code, from, to, 0);
    }

    static Unit unit(String code, Unit parent, Jurisdiction jurisdiction, LocalDate from, LocalDate to) {
        return new Unit(TENANT, new UnitId(UUID.nameUUIDFromBytes(("unit:" + code).getBytes())),
                parent == null ? null : parent.id(), jurisdiction.id(), UnitKind.OTHER, code, "Đơn vị " + code, null,
                from, to, 0);
    }

    static UnitDraft draft(String code, String parent, LocalDate from, LocalDate to) {
        return new UnitDraft(code, "Đơn vị " + code, null, UnitKind.OTHER, parent, null, null, from, to);
    }

    /** The messages of the organisation bundle, as the application reads them. */
    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/org", "i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** A tree over a few units and jurisdictions; {@code scope} limits what the actor may use (null: everything). */
    static final class Tree implements UnitRules.Tree {
        final Map<String, Unit> units = new HashMap<>();
        final Map<String, Jurisdiction> jurisdictions = new HashMap<>();
        Set<String> scope;

        Tree with(Unit... list) {
            for (Unit u : list) {
                units.put(u.code(), u);
            }
            return this;
        }

        Tree with(Jurisdiction... list) {
            for (Jurisdiction j : list) {
                jurisdictions.put(j.code(), j);
            }
            return this;
        }

        @Override
        public Optional<Unit> unitByCode(String code) {
            return Optional.ofNullable(units.get(code));
        }

        @Override
        public Optional<Jurisdiction> jurisdictionByCode(String code) {
            return Optional.ofNullable(jurisdictions.get(code));
        }

        @Override
        public Optional<Jurisdiction> jurisdiction(UUID id) {
            return jurisdictions.values().stream().filter(j -> j.id().equals(id)).findFirst();
        }

        @Override
        public boolean inScope(Unit unit) {
            return scope == null || scope.contains(unit.code());
        }

        Function<UnitId, Optional<Unit>> byId() {
            return id -> units.values().stream().filter(u -> u.id().equals(id)).findFirst();
        }
    }
}
