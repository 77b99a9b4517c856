package vn.lamchu.cases.web;

import vn.lamchu.cases.Decision;
import vn.lamchu.cases.DecisionKind;

/**
 * A handling decision as the officer proposes it or the leader takes it: the kind, the text of the document (reason,
 * guidance, answer), and for guidance, forwarding, return and chasing the body it goes to — a unit of the system or an
 * outside body by name.
 */
public class DecisionForm {

    private Integer version;
    private String kind;
    private String text;
    private String targetUnitId;
    private String targetBody;

    Decision toDecision() {
        String body = Forms.blankToNull(targetBody);
        return new Decision(Forms.option(DecisionKind.class, kind), text, Forms.uuid(targetUnitId), body);
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getTargetUnitId() { return targetUnitId; }
    public void setTargetUnitId(String targetUnitId) { this.targetUnitId = targetUnitId; }
    public String getTargetBody() { return targetBody; }
    public void setTargetBody(String targetBody) { this.targetBody = targetBody; }
}
