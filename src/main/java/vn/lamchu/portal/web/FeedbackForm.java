package vn.lamchu.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.lamchu.cases.ContentKind;

/**
 * The feedback form as the browser sends it. Choices arrive as text and are read leniently (an unknown value is "not
 * chosen", which the checks then name), so no input can break the binding. {@code attachments} are the files already
 * stored by an earlier attempt, kept so the citizen does not choose them again.
 */
public class FeedbackForm {

    private String tenant;
    private String idempotencyKey;
    private String kind;
    private String category;
    private String placeUnitId;
    private String title;
    private String body;
    private boolean anonymous;
    private String name;
    private String address;
    private String phone;
    private String email;
    private boolean publishConsent;
    private List<String> attachments = new ArrayList<>();

    /** A new, empty form with its own idempotency key: sending it twice creates one case. */
    static FeedbackForm fresh(String tenant) {
        FeedbackForm form = new FeedbackForm();
        form.tenant = tenant;
        form.idempotencyKey = "portal-" + UUID.randomUUID();
        return form;
    }

    PublicCases.Submission toSubmission() {
        return new PublicCases.Submission(kindValue(), category, placeValue(), title, body, anonymous, name, address,
                phone, email, publishConsent, attachments, idempotencyKey);
    }

    private ContentKind kindValue() {
        try {
            return kind == null ? null : ContentKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private UUID placeValue() {
        try {
            return placeUnitId == null || placeUnitId.isBlank() ? null : UUID.fromString(placeUnitId.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getTenant() { return tenant; }
    public void setTenant(String tenant) { this.tenant = tenant; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getPlaceUnitId() { return placeUnitId; }
    public void setPlaceUnitId(String placeUnitId) { this.placeUnitId = placeUnitId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isPublishConsent() { return publishConsent; }
    public void setPublishConsent(boolean publishConsent) { this.publishConsent = publishConsent; }
    public List<String> getAttachments() { return attachments; }
    public void setAttachments(List<String> attachments) { this.attachments = attachments == null ? new ArrayList<>() : attachments; }
}
