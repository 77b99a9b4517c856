package vn.lamchu.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.lamchu.cases.ProceedingGrounds.ComplaintRefusal;
import vn.lamchu.cases.ProceedingGrounds.ComplaintResult;
import vn.lamchu.cases.ProceedingGrounds.DenunciationRefusal;
import vn.lamchu.cases.ProceedingGrounds.DenunciationResult;
import vn.lamchu.cases.ProceedingGrounds.NotProcessed;
import vn.lamchu.cases.ProceedingGrounds.Termination;
import vn.lamchu.rules.DateText;

/**
 * The official Vietnamese wording of grounds and results, as documents and the public timeline state them (the
 * document's language is Vietnamese whatever the reader's; page labels come from the message bundles), and what the
 * sender following the case by receipt code sees of each step.
 */
public final class ProceedingWording {

    private ProceedingWording() {
    }

    private static final Map<String, String> WORDING = Map.ofEntries(
            Map.entry(ComplaintRefusal.INTERNAL_OR_NORMATIVE.name(), "khiếu nại đối với quyết định hành chính, hành vi hành chính trong nội bộ cơ quan nhà nước, văn bản quy phạm pháp luật hoặc quyết định thuộc lĩnh vực bí mật nhà nước"),
            Map.entry(ComplaintRefusal.NOT_AFFECTED.name(), "quyết định hành chính, hành vi hành chính bị khiếu nại không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại"),
            Map.entry(ComplaintRefusal.NO_CAPACITY.name(), "người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp"),
            Map.entry(ComplaintRefusal.UNLAWFUL_REPRESENTATIVE.name(), "người đại diện không hợp pháp"),
            Map.entry(ComplaintRefusal.UNSIGNED.name(), "đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại"),
            Map.entry(ComplaintRefusal.TIME_LIMIT_EXPIRED.name(), "thời hiệu khiếu nại đã hết mà không có lý do chính đáng"),
            Map.entry(ComplaintRefusal.SECOND_DECISION_EXISTS.name(), "khiếu nại đã có quyết định giải quyết khiếu nại lần hai"),
            Map.entry(ComplaintRefusal.NOT_CONTINUED_AFTER_SUSPENSION.name(), "việc giải quyết khiếu nại đã bị đình chỉ mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại"),
            Map.entry(ComplaintRefusal.COURT_ACCEPTED.name(), "việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án"),
            Map.entry(DenunciationRefusal.FORM.name(), "tố cáo không đáp ứng hình thức theo quy định tại Điều 23 Luật Tố cáo"),
            Map.entry(DenunciationRefusal.CAPACITY.name(), "người tố cáo không có năng lực hành vi dân sự đầy đủ và không có người đại diện theo quy định"),
            Map.entry(DenunciationRefusal.COMPETENCE.name(), "vụ việc không thuộc thẩm quyền giải quyết"),
            Map.entry(DenunciationRefusal.NO_BASIS.name(), "nội dung tố cáo không có cơ sở để xác định người vi phạm, hành vi vi phạm pháp luật"),
            Map.entry(DenunciationRefusal.COMPLAINT_RESOLVED.name(), "tố cáo phát sinh từ vụ việc khiếu nại đã được giải quyết đúng pháp luật mà không có bằng chứng chứng minh người giải quyết khiếu nại có hành vi vi phạm pháp luật"),
            Map.entry(NotProcessed.ANONYMOUS.name(), "thông tin không rõ họ tên, địa chỉ người tố cáo"),
            Map.entry(NotProcessed.PSEUDONYMOUS.name(), "có căn cứ cho rằng người tố cáo sử dụng họ tên của người khác"),
            Map.entry(NotProcessed.IRREGULAR.name(), "thông tin không được tố cáo theo hình thức quy định"),
            Map.entry(NotProcessed.SENT_TO_COMPETENT.name(), "tố cáo đồng thời đã được gửi cho cơ quan có thẩm quyền giải quyết"),
            Map.entry(NotProcessed.IGNORED_GUIDANCE.name(), "người tố cáo đã được hướng dẫn nhưng vẫn gửi tố cáo không đúng thẩm quyền"),
            Map.entry(Termination.WITHDRAWN.name(), "người gửi đơn đã rút đơn"),
            Map.entry(Termination.ACCUSED_DIED.name(), "người bị tố cáo là cá nhân đã chết và nội dung tố cáo chỉ liên quan đến trách nhiệm của người đó"),
            Map.entry(Termination.ALREADY_DECIDED.name(), "vụ việc đã được giải quyết bằng bản án, quyết định có hiệu lực pháp luật"),
            Map.entry(Termination.COMPLAINANT_DIED.name(), "người khiếu nại đã chết mà không có người thừa kế quyền, nghĩa vụ"),
            Map.entry(Termination.NOT_CONTINUED.name(), "người khiếu nại không tiếp tục khiếu nại trong thời hạn 30 ngày"));

    /** The finding as the decision or conclusion states it. */
    public static String result(String result) {
        if (result == null) {
            return null;
        }
        return switch (result) {
            case "UPHELD" -> "Khiếu nại là đúng";
            case "PARTLY_UPHELD" -> "Khiếu nại là đúng một phần";
            case "REJECTED" -> "Khiếu nại là sai";
            case "TRUE" -> "Nội dung tố cáo là đúng";
            case "PARTLY_TRUE" -> "Nội dung tố cáo là đúng một phần";
            case "UNTRUE" -> "Nội dung tố cáo là sai sự thật";
            default -> result;
        };
    }

    /** A ground's wording, without its source. */
    public static String ground(String ground) {
        return ground == null ? null : WORDING.getOrDefault(ground, ground);
    }

    /** A ground's legal source. */
    public static String groundSource(String ground) {
        for (ComplaintRefusal r : ComplaintRefusal.values()) {
            if (r.name().equals(ground)) {
                return r.source();
            }
        }
        for (DenunciationRefusal r : DenunciationRefusal.values()) {
            if (r.name().equals(ground)) {
                return r.source();
            }
        }
        for (NotProcessed r : NotProcessed.values()) {
            if (r.name().equals(ground)) {
                return r.source();
            }
        }
        for (Termination r : Termination.values()) {
            if (r.name().equals(ground)) {
                return r.source();
            }
        }
        return null;
    }

    private static final Set<ProceedingActKind> VISIBLE = EnumSet.complementOf(EnumSet.of(
            ProceedingActKind.VERIFY, ProceedingActKind.SET_COMPLEXITY, ProceedingActKind.FINISH_CHECK,
            ProceedingActKind.ACT_ON_CONCLUSION));

    /** Whether the sender sees the step on the public timeline (internal work on the verification is not shown). */
    static boolean visible(ProceedingActKind kind) {
        return VISIBLE.contains(kind);
    }

    /**
     * What the sender is told about a step: the ground of a refusal, the finding of a decision, the dialogue's time and
     * place. Never the internal reasons, never anything about the person denounced beyond the finding.
     */
    static String publicNote(ProceedingAct act, Proceeding p) {
        return switch (act.kind()) {
            case KN_REFUSE, TC_REFUSE, NOT_PROCESS, TERMINATE -> {
                String ground = act.ground() == null ? null : act.ground().toUpperCase(java.util.Locale.ROOT);
                String wording = ground(ground);
                String source = groundSource(ground);
                yield wording == null ? null : capitalise(wording) + (source == null ? "" : " (" + source + ").");
            }
            case KN_DECIDE -> result(p.result) + ". " + p.decisionText;
            case CONCLUDE -> result(p.result) + ".";
            case SCHEDULE_DIALOGUE -> "Đối thoại ngày " + DateText.of(p.dialogueOn) + " tại " + p.dialoguePlace + ".";
            case EXTEND -> "Gia hạn giải quyết lần " + p.extensions + ".";
            case PUBLISH_DECISION -> p.publicationForm;
            default -> null;
        };
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
