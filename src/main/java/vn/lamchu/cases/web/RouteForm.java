package vn.lamchu.cases.web;

import java.util.UUID;

import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.RoutingAdministration;

/** The routing row form; a blank category, kind or place means "any". */
public class RouteForm {

    private String categoryCode;
    private ContentKind kind;
    private UUID placeUnitId;
    private UUID targetUnitId;
    private Integer priority = 0;
    private String note;
    private Integer version;
    private String reason;

    static RouteForm of(RoutingAdministration.RouteRow row) {
        RouteForm form = new RouteForm();
        form.categoryCode = row.route().categoryCode();
        form.kind = row.route().kind();
        form.placeUnitId = row.route().placeUnitId();
        form.targetUnitId = row.route().targetUnitId();
        form.priority = row.route().priority();
        form.note = row.route().note();
        form.version = row.route().version();
        return form;
    }

    RoutingAdministration.RouteDraft toDraft() {
        return new RoutingAdministration.RouteDraft(categoryCode, kind, placeUnitId, targetUnitId, priority, note);
    }

    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public ContentKind getKind() { return kind; }
    public void setKind(ContentKind kind) { this.kind = kind; }
    public UUID getPlaceUnitId() { return placeUnitId; }
    public void setPlaceUnitId(UUID placeUnitId) { this.placeUnitId = placeUnitId; }
    public UUID getTargetUnitId() { return targetUnitId; }
    public void setTargetUnitId(UUID targetUnitId) { this.targetUnitId = targetUnitId; }
    public Integer getPriority() { return priority; }
    public void setPriority(Integer priority) { this.priority = priority; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
