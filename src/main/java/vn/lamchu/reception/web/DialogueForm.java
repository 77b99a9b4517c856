package vn.lamchu.reception.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The form recording a dialogue conference. */
public class DialogueForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private String chairName;
    private String chairTitle;
    private String topic;
    private String place;
    private String participants;
    private Integer attendance;

    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getChairName() { return chairName; }
    public void setChairName(String chairName) { this.chairName = chairName; }
    public String getChairTitle() { return chairTitle; }
    public void setChairTitle(String chairTitle) { this.chairTitle = chairTitle; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getParticipants() { return participants; }
    public void setParticipants(String participants) { this.participants = participants; }
    public Integer getAttendance() { return attendance; }
    public void setAttendance(Integer attendance) { this.attendance = attendance; }
}
