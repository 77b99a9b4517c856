package vn.lamchu.cases.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.cases.AttachmentStore;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.CaseNotices;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.CaseStatus;
import vn.lamchu.cases.Channel;
import vn.lamchu.cases.ConflictOfInterest;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.StoredFile;
import vn.lamchu.identity.StaffDirectory;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.UnitId;

/**
 * The office's letters: the worklists with their filters and search, and a case's page with everything staff need to
 * handle it (the steps themselves are in {@link CaseStepPages}). Everything is limited to the actor's scope; a case
 * outside it is "not found".
 */
@Controller
@RequestMapping("/office/cases")
@PreAuthorize("hasAnyAuthority('CASE_RECEIVE', 'CASE_HANDLE', 'CASE_APPROVE')")
class CasePages {

    /** A worklist row with what the page adds to it. */
    record Row(CaseQueries.Summary summary, String categoryName, CaseViews.Badge badge) {
    }

    /** A tab: its worklist, its count of open cases, its address. */
    record Tab(CaseQueries.Worklist list, int count, String url, boolean active) {
    }

    private final CaseQueries queries;
    private final CaseNotices notices;
    private final CaseViews views;
    private final CasePageLookups lookups;
    private final StaffDirectory staff;
    private final AttachmentStore attachments;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final ConflictOfInterest conflicts;

    CasePages(CaseQueries queries, CaseNotices notices, CaseViews views, CasePageLookups lookups, StaffDirectory staff,
              AttachmentStore attachments, AuditLog audit, CurrentActor currentActor, ConflictOfInterest conflicts) {
        this.queries = queries;
        this.notices = notices;
        this.views = views;
        this.lookups = lookups;
        this.staff = staff;
        this.attachments = attachments;
        this.audit = audit;
        this.currentActor = currentActor;
        this.conflicts = conflicts;
    }

    /** The worklists the actor's work calls for, in tab order. */
    static List<CaseQueries.Worklist> tabsFor(Actor actor) {
        List<CaseQueries.Worklist> tabs = new ArrayList<>();
        if (actor.can(Permission.CASE_HANDLE)) {
            tabs.add(CaseQueries.Worklist.MINE);
        }
        tabs.add(CaseQueries.Worklist.UNIT);
        tabs.add(CaseQueries.Worklist.DUE_SOON);
        tabs.add(CaseQueries.Worklist.OVERDUE);
        if (actor.can(Permission.CASE_APPROVE)) {
            tabs.add(CaseQueries.Worklist.AWAITING_APPROVAL);
        }
        tabs.add(CaseQueries.Worklist.ALL);
        return tabs;
    }

    /** The tab a worklist opens on: a leader's approvals, an officer's own cases, else everything in scope. */
    static CaseQueries.Worklist defaultTab(Actor actor) {
        if (actor.can(Permission.CASE_APPROVE)) {
            return CaseQueries.Worklist.AWAITING_APPROVAL;
        }
        return actor.can(Permission.CASE_HANDLE) ? CaseQueries.Worklist.MINE : CaseQueries.Worklist.ALL;
    }

    @GetMapping
    String worklist(@ModelAttribute("worklist") WorklistForm form, BindingResult result, Model model) {
        Actor actor = currentActor.require();
        CaseQueries.Filter filter = form.toFilter(defaultTab(actor), result);
        CaseQueries.Page<CaseQueries.Summary> page = queries.worklist(actor, filter);
        Map<String, String> categoryNames = views.categoryNames(actor);
        List<Row> rows = page.items().stream().map(s -> new Row(s, categoryNames.get(s.categoryCode()),
                views.badge(s.status(), s.dueOn()))).toList();
        Map<CaseQueries.Worklist, Integer> counts = queries.counts(actor);
        model.addAttribute("tabs", tabsFor(actor).stream().map(t -> new Tab(t, counts.getOrDefault(t, 0),
                form.url(t, 0), t == filter.list())).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("page", page);
        model.addAttribute("previousUrl", page.page() > 0 ? form.url(filter.list(), page.page() - 1) : null);
        model.addAttribute("nextUrl", page.hasNext() ? form.url(filter.list(), page.page() + 1) : null);
        model.addAttribute("selfUrl", form.url(filter.list(), page.page()));
        model.addAttribute("filtered", form.filtered());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("kinds", ContentKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("categories", lookups.activeCategories(actor.tenantId()));
        model.addAttribute("officers", bulkOfficers(actor, page.items()));
        // HTMX takes the results, the tabs and the filter's messages out of the whole page (hx-select)
        return "cases/worklist";
    }

    /**
     * Whom the selected rows can be assigned to: a leader picks among the officers of the units the rows are in, an
     * officer can only take rows himself.
     */
    private Map<String, List<StaffDirectory.StaffMember>> bulkOfficers(Actor actor, List<CaseQueries.Summary> rows) {
        Map<String, List<StaffDirectory.StaffMember>> byUnit = new LinkedHashMap<>();
        if (!actor.can(Permission.CASE_HANDLE)) {
            return byUnit;
        }
        if (!actor.can(Permission.CASE_APPROVE)) {
            staff.find(actor.tenantId(), actor.accountId()).ifPresent(me -> byUnit.put("", List.of(me)));
            return byUnit;
        }
        Set<UnitId> units = new LinkedHashSet<>();
        Map<UnitId, String> names = new LinkedHashMap<>();
        for (CaseQueries.Summary s : rows) {
            units.add(s.handlingUnit());
            names.putIfAbsent(s.handlingUnit(), s.handlingUnitName());
        }
        // never offers someone conflicted on one of the rows (ConflictOfInterest)
        Set<UUID> conflicted = conflicts.conflictedAccounts(actor.tenantId(),
                rows.stream().map(CaseQueries.Summary::id).toList());
        for (UnitId unit : units) {
            List<StaffDirectory.StaffMember> officers = staff.ofUnit(actor.tenantId(), unit, Permission.CASE_HANDLE)
                    .stream().filter(m -> !conflicted.contains(m.accountId())).toList();
            if (!officers.isEmpty()) {
                byUnit.put(names.get(unit), officers);
            }
        }
        return byUnit;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        views.fill(actor, id, model);
        notices.markRead(actor, new CaseId(id));
        return "cases/case";
    }

    /** An attachment of a case, after checking that the case is in scope and holds it; the read is audited. */
    @GetMapping("/{id}/attachments/{sha256:[0-9a-f]{64}}")
    ResponseEntity<InputStreamResource> attachment(@PathVariable UUID id, @PathVariable String sha256) {
        Actor actor = currentActor.require();
        if (!queries.hasAttachment(actor, new CaseId(id), sha256)) {
            throw new NotFoundException("case_attachment", sha256);
        }
        StoredFile file = attachments.find(actor.tenantId(), sha256)
                .orElseThrow(() -> new NotFoundException("stored_file", sha256));
        audit.recordRead(actor.tenantId(), "case_attachment", id + "/" + sha256, "Xem tệp đính kèm khi xử lý hồ sơ");
        InputStream content = attachments.read(actor.tenantId(), sha256);
        String name = file.originalName() == null ? sha256 : file.originalName();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(content));
    }
}
