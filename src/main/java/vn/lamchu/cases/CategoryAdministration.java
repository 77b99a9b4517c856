package vn.lamchu.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.VietnameseText;

/**
 * Administrators keep the subject categories of their tenant (RULEBOOK §13.4; §5.3: the answer deadline is
 * configurable per category): names, whether it is feedback on administrative regulations (its result is published,
 * Nghị định 20/2008/NĐ-CP, Điều 19 as amended), the category's own answer deadline, order and whether it is offered.
 * The categories serve the whole tenant, so only an administrator whose scope is the whole tenant changes them;
 * every administrator may read them. A category in use is deactivated, not deleted. Every change is audited and
 * checks the version the administrator saw.
 */
@Service
@Transactional
public class CategoryAdministration {

    public static final int NAME_MAX = 200;
    public static final int DAYS_MAX = 120;
    public static final int SORT_MAX = 100_000;
    private static final String CODE_FORMAT = "[A-Z0-9_-]{2,40}";

    /** A category as an administrator fills it in; null flags mean "no" (regulation) and "yes" (active). */
    public record CategoryDraft(String code, String nameVi, String nameEn, Boolean regulation, Integer answerDays,
                                Integer sortOrder, Boolean active) {
    }

    /** A category with its version and how much uses it. */
    public record CategoryRow(CaseCategory category, int version, int cases, int routes) {

        public boolean inUse() {
            return cases > 0 || routes > 0;
        }
    }

    private final JdbcClient jdbc;
    private final TenantScope scope;
    private final AuditLog audit;
    private final ActiveCategories activeCategories;

    CategoryAdministration(JdbcClient jdbc, TenantScope scope, AuditLog audit, ActiveCategories activeCategories) {
        this.activeCategories = activeCategories;
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
    }

    /** Every category of the actor's tenant, active or not, in display order. */
    @Transactional(readOnly = true)
    public List<CategoryRow> list(Actor actor) {
        scope.require(actor);
        return rows(actor.tenantId(), null);
    }

    /** @throws NotFoundException if the tenant has no such category */
    @Transactional(readOnly = true)
    public CategoryRow get(Actor actor, String code) {
        scope.require(actor);
        return find(actor.tenantId(), code);
    }

    /** Whether the actor may change the categories: an administrator of the whole tenant. */
    @Transactional(readOnly = true)
    public boolean canChange(Actor actor) {
        return actor.can(Permission.ORG_MANAGE) && scope.tenantWide(actor);
    }

    /** @throws AdminInputException with every problem of the input */
    public CategoryRow create(Actor actor, CategoryDraft draft) {
        requireChange(actor);
        TenantId tenant = actor.tenantId();
        AdminInputException.Collector problems = new AdminInputException.Collector();
        String code = normalizeCode(draft.code());
        if (code == null || !code.matches(CODE_FORMAT)) {
            problems.add("code", "casesAdmin.category.code.format");
        } else if (jdbc.sql("select count(*) from case_category where tenant_id = ? and code = ?")
                .params(tenant.value(), code).query(Integer.class).single() > 0) {
            problems.add("code", "casesAdmin.category.code.taken", code);
        }
        Clean clean = clean(draft, problems);
        problems.throwIfAny();
        int sortOrder = clean.sortOrder != null ? clean.sortOrder : jdbc.sql(
                "select coalesce(max(sort_order), 0) + 10 from case_category where tenant_id = ?")
                .param(tenant.value()).query(Integer.class).single();
        try {
            jdbc.sql("""
                            insert into case_category (tenant_id, code, name_vi, name_en, regulation, answer_days, sort_order,
                                active, version)
                            values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                    .params(tenant.value(), code, clean.nameVi, clean.nameEn, clean.regulation, clean.answerDays,
                            sortOrder, clean.active)
                    .update();
        } catch (DuplicateKeyException concurrent) {
            throw new AdminInputException(List.of(AdminInputException.Problem.of("code",
                    "casesAdmin.category.code.taken", code)));
        }
        activeCategories.forget(tenant);
        CategoryRow created = find(tenant, code);
        audit.recordChange(tenant, "case_category", code, "create", null, details(created));
        return created;
    }

    /**
     * Checks a category's names, days and order without saving (a form that also has input of the wrong type shows
     * every problem at once).
     *
     * @throws AdminInputException with every problem of the input
     */
    @Transactional(readOnly = true)
    public void check(Actor actor, CategoryDraft draft) {
        scope.require(actor);
        AdminInputException.Collector problems = new AdminInputException.Collector();
        clean(draft, problems);
        problems.throwIfAny();
    }

    /**
     * Changes everything but the code.
     *
     * @throws AdminInputException with every problem of the input
     * @throws DomainException     (conflict, {@code casesAdmin.stale}) if the category changed since {@code version}
     */
    public CategoryRow update(Actor actor, String code, Integer version, CategoryDraft draft) {
        requireChange(actor);
        TenantId tenant = actor.tenantId();
        CategoryRow before = find(tenant, code);
        AdminInputException.Collector problems = new AdminInputException.Collector();
        if (version == null) {
            problems.add("version", "casesAdmin.version.required");
        }
        Clean clean = clean(draft, problems);
        problems.throwIfAny();
        int updated = jdbc.sql("""
                        update case_category set name_vi = ?, name_en = ?, regulation = ?, answer_days = ?, sort_order = ?,
                            active = ?, version = version + 1
                        where tenant_id = ? and code = ? and version = ?""")
                .params(clean.nameVi, clean.nameEn, clean.regulation, clean.answerDays,
                        clean.sortOrder != null ? clean.sortOrder : before.category().sortOrder(), clean.active,
                        tenant.value(), before.category().code(), version)
                .update();
        if (updated != 1) {
            throw DomainException.conflict("casesAdmin.stale");
        }
        activeCategories.forget(tenant);
        CategoryRow after = find(tenant, code);
        Map<String, Object> details = details(after);
        details.put("before", details(before));
        audit.recordChange(tenant, "case_category", after.category().code(), "update", null, details);
        return after;
    }

    /**
     * Deletes a category no case and no routing row uses.
     *
     * @throws DomainException (conflict) if it is in use ({@code casesAdmin.category.inUse}) or changed since
     *                         {@code version}; (invalid) without a reason
     */
    public void delete(Actor actor, String code, Integer version, String reason) {
        requireChange(actor);
        TenantId tenant = actor.tenantId();
        String why = TenantScope.requireReason(reason, version);
        CategoryRow row = find(tenant, code);
        if (row.inUse()) {
            throw DomainException.conflict("casesAdmin.category.inUse", row.category().code(), row.cases(), row.routes());
        }
        int deleted = jdbc.sql("delete from case_category where tenant_id = ? and code = ? and version = ?")
                .params(tenant.value(), row.category().code(), version).update();
        if (deleted != 1) {
            throw DomainException.conflict("casesAdmin.stale");
        }
        activeCategories.forget(tenant);
        audit.recordChange(tenant, "case_category", row.category().code(), "delete", why, details(row));
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private record Clean(String nameVi, String nameEn, boolean regulation, Integer answerDays, Integer sortOrder,
                         boolean active) {
    }

    private static Clean clean(CategoryDraft draft, AdminInputException.Collector problems) {
        String nameVi = VietnameseText.normalizeOrNull(draft.nameVi());
        String nameEn = VietnameseText.normalizeOrNull(draft.nameEn());
        if (nameVi == null) {
            problems.add("nameVi", "casesAdmin.category.name.required");
        } else if (nameVi.length() > NAME_MAX) {
            problems.add("nameVi", "casesAdmin.tooLong", NAME_MAX);
        }
        if (nameEn != null && nameEn.length() > NAME_MAX) {
            problems.add("nameEn", "casesAdmin.tooLong", NAME_MAX);
        }
        if (draft.answerDays() != null && (draft.answerDays() < 1 || draft.answerDays() > DAYS_MAX)) {
            problems.add("answerDays", "casesAdmin.category.answerDays.range", 1, DAYS_MAX);
        }
        if (draft.sortOrder() != null && (draft.sortOrder() < 0 || draft.sortOrder() > SORT_MAX)) {
            problems.add("sortOrder", "casesAdmin.category.sortOrder.range", 0, SORT_MAX);
        }
        return new Clean(nameVi, nameEn != null ? nameEn : nameVi, Boolean.TRUE.equals(draft.regulation()),
                draft.answerDays(), draft.sortOrder(), !Boolean.FALSE.equals(draft.active()));
    }

    static String normalizeCode(String code) {
        String clean = VietnameseText.normalizeOrNull(code);
        return clean == null ? null : VietnameseText.fold(clean).replace(' ', '_').toUpperCase(Locale.ROOT);
    }

    private void requireChange(Actor actor) {
        scope.require(actor);
        if (!scope.tenantWide(actor)) {
            throw new AccessDeniedException("tenant-wide ORG_MANAGE");
        }
    }

    private CategoryRow find(TenantId tenant, String code) {
        List<CategoryRow> found = code == null ? List.of() : rows(tenant, normalizeCode(code));
        return found.stream().findFirst().orElseThrow(() -> new NotFoundException("case_category", String.valueOf(code)));
    }

    private List<CategoryRow> rows(TenantId tenant, String code) {
        return jdbc.sql("""
                        select k.code, k.name_vi, k.name_en, k.regulation, k.answer_days, k.sort_order, k.active, k.version,
                            (select count(*) from citizen_case c where c.tenant_id = k.tenant_id and c.category_code = k.code) as cases,
                            (select count(*) from case_routing_rule r where r.tenant_id = k.tenant_id and r.category_code = k.code) as routes
                        from case_category k
                        where k.tenant_id = :tenant and (cast(:code as text) is null or k.code = :code)
                        order by k.sort_order, k.code""")
                .param("tenant", tenant.value()).param("code", code)
                .query((rs, i) -> {
                    int days = rs.getInt("answer_days");
                    Integer answerDays = rs.wasNull() ? null : days;
                    return new CategoryRow(new CaseCategory(rs.getString("code"), rs.getString("name_vi"),
                            rs.getString("name_en"), rs.getBoolean("regulation"), answerDays, rs.getInt("sort_order"),
                            rs.getBoolean("active")), rs.getInt("version"), rs.getInt("cases"), rs.getInt("routes"));
                })
                .list();
    }

    private static Map<String, Object> details(CategoryRow row) {
        CaseCategory c = row.category();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("nameVi", c.nameVi());
        details.put("nameEn", c.nameEn());
        details.put("regulation", c.regulation());
        details.put("answerDays", c.answerDays() == null ? "" : c.answerDays());
        details.put("sortOrder", c.sortOrder());
        details.put("active", c.active());
        return details;
    }
}
