package vn.lamchu.reception.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The form opening an unscheduled reception session. */
public class SessionForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private String receiverTitle;
    private String receiverName;
    private String place;
    private String hours;

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getReceiverTitle() { return receiverTitle; }
    public void setReceiverTitle(String receiverTitle) { this.receiverTitle = receiverTitle; }
    public String getReceiverName() { return receiverName; }
    public void setReceiverName(String receiverName) { this.receiverName = receiverName; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getHours() { return hours; }
    public void setHours(String hours) { this.hours = hours; }
}
