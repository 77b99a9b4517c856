package vn.lamchu.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lamchu.audit.AuditFilter;

/** The filter of the audit log page and API, as typed; dates as {@code yyyy-MM-dd} (the browser's date input). */
public class AuditFilterForm {

    private String entityType;
    private String entityId;
    private String actor;
    private String action;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    AuditFilter toFilter() {
        return new AuditFilter(entityType, entityId, actor, action, from, to);
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
