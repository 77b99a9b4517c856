package vn.lamchu.org;

import java.util.Optional;
import java.util.UUID;

/** The rules' view of the tree for a single change: straight from the database, limited to the actor's scope. */
record DatabaseTree(UnitStore store, Scope scope) implements UnitRules.Tree {

    @Override
    public Optional<Unit> unitByCode(String code) {
        return store.findByCode(scope.tenant(), code);
    }

    @Override
    public Optional<Jurisdiction> jurisdictionByCode(String code) {
        return store.jurisdictionByCode(scope.tenant(), code);
    }

    @Override
    public Optional<Jurisdiction> jurisdiction(UUID id) {
        return store.jurisdiction(scope.tenant(), id);
    }

    @Override
    public boolean inScope(Unit unit) {
        return scope.contains(unit);
    }
}
