package vn.lamchu.cases.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The reception desk's intake form for every staff channel. The idempotency key is made when the form is first shown
 * and travels with it, so that a double click or a resent form logs the letter once. Files already uploaded travel as
 * their SHA-256, so that a form shown again with a message keeps them.
 */
public class IntakeForm {

    /** Sender rows the form offers at least. */
    static final int MIN_SENDER_ROWS = 1;

    private String idempotencyKey;
    private String channel;
    private String forwardedBy;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;
    private String kind;
    private String categoryCode;
    private String placeUnitId;
    private String handlingUnitId;
    private String title;
    private String body;
    private boolean anonymous;
    private boolean publishConsent;
    private List<SenderForm> senders = new ArrayList<>();
    private List<String> attachments = new ArrayList<>();

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getForwardedBy() { return forwardedBy; }
    public void setForwardedBy(String forwardedBy) { this.forwardedBy = forwardedBy; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getPlaceUnitId() { return placeUnitId; }
    public void setPlaceUnitId(String placeUnitId) { this.placeUnitId = placeUnitId; }
    public String getHandlingUnitId() { return handlingUnitId; }
    public void setHandlingUnitId(String handlingUnitId) { this.handlingUnitId = handlingUnitId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public boolean isPublishConsent() { return publishConsent; }
    public void setPublishConsent(boolean publishConsent) { this.publishConsent = publishConsent; }
    public List<SenderForm> getSenders() { return senders; }
    public void setSenders(List<SenderForm> senders) { this.senders = senders; }
    public List<String> getAttachments() { return attachments; }
    public void setAttachments(List<String> attachments) { this.attachments = attachments; }

    /** Makes sure the form offers {@code rows} sender rows (at least one). */
    void ensureSenderRows(int rows) {
        while (senders.size() < Math.max(rows, MIN_SENDER_ROWS)) {
            senders.add(new SenderForm());
        }
    }

    /** One person who signed the letter. */
    public static class SenderForm {
        private String name;
        private String address;
        private String phone;
        private String email;
        private String idNumber;

        boolean blank() {
            return Forms.blankToNull(name) == null && Forms.blankToNull(address) == null
                    && Forms.blankToNull(phone) == null && Forms.blankToNull(email) == null
                    && Forms.blankToNull(idNumber) == null;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getIdNumber() { return idNumber; }
        public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    }
}
