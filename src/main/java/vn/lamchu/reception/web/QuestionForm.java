package vn.lamchu.reception.web;

import vn.lamchu.cases.ContentKind;

/** The form recording a question raised at a dialogue. */
public class QuestionForm {

    private String asker;
    private String address;
    private String kind = ContentKind.RECOMMENDATION.name();
    private String question;
    private String answer;

    public String getAsker() { return asker; }
    public void setAsker(String asker) { this.asker = asker; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
}
