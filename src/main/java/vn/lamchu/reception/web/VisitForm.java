package vn.lamchu.reception.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.lamchu.cases.ContentKind;
import vn.lamchu.reception.ReceptionSessions;

/** The form recording a visitor or a delegation and the matters raised. */
public class VisitForm {

    private String name;
    private String address;
    private String idNumber;
    private String phone;
    private Integer persons = 1;
    private String representatives;
    private List<MatterForm> matters = new ArrayList<>();

    public static class MatterForm {
        private String kind = ContentKind.FEEDBACK.name();
        private String title;
        private String content;
        private String request;
        private String priorHandling;
        private String spotAnswer;

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getContent() { return content; }
        public void setContent(String content) { this.content = content; }
        public String getRequest() { return request; }
        public void setRequest(String request) { this.request = request; }
        public String getPriorHandling() { return priorHandling; }
        public void setPriorHandling(String priorHandling) { this.priorHandling = priorHandling; }
        public String getSpotAnswer() { return spotAnswer; }
        public void setSpotAnswer(String spotAnswer) { this.spotAnswer = spotAnswer; }

        ReceptionSessions.NewMatter toMatter() {
            ContentKind k = null;
            try {
                k = kind == null || kind.isBlank() ? null : ContentKind.valueOf(kind);
            } catch (IllegalArgumentException ignored) {
                // left null: the service refuses it next to the field
            }
            return new ReceptionSessions.NewMatter(k, title, content, request, priorHandling, spotAnswer);
        }
    }

    void ensureMatterRows(int rows) {
        while (matters.size() < Math.min(rows, ReceptionSessions.MAX_MATTERS)) {
            matters.add(new MatterForm());
        }
    }

    ReceptionSessions.NewVisit toVisit() {
        List<String> reps = representatives == null ? List.of()
                : Arrays.stream(representatives.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ReceptionSessions.NewVisit(name, address, idNumber, phone, persons, reps,
                matters.stream().map(MatterForm::toMatter).toList());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Integer getPersons() { return persons; }
    public void setPersons(Integer persons) { this.persons = persons; }
    public String getRepresentatives() { return representatives; }
    public void setRepresentatives(String representatives) { this.representatives = representatives; }
    public List<MatterForm> getMatters() { return matters; }
    public void setMatters(List<MatterForm> matters) { this.matters = matters; }
}
