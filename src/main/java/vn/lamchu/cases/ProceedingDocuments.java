package vn.lamchu.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.rules.DateText;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.LegalTime;

/**
 * The documents of the complaint and denunciation procedures, generated from the case when a step is taken: notices of
 * acceptance and non-acceptance, the dialogue invitation and minutes, the verification report skeleton, the complaint
 * decision, the acceptance, extension, suspension, resumption and termination decisions of a denunciation, the notices
 * to the denouncer and to the person denounced, the conclusion, the notice on acting on it and the publication notice
 * (Luật Khiếu nại 2011, Điều 27–32, 36–41; Luật Tố cáo 2018, Điều 29–40; forms of Nghị định 124/2020/NĐ-CP and
 * 31/2019/NĐ-CP, whose form numbers are not reproduced because the texts were not checked against the gazette).
 *
 * <p>The denouncer is never named in any of them (Luật Tố cáo 2018, Điều 47 khoản 2, Điều 56): documents address "người
 * tố cáo" by case number; the office posts them to the address it reveals under {@code DENOUNCER_IDENTITY_REVEAL}. The
 * letter's own text is never copied into them either, only the subject and the texts the office wrote for the step.
 */
@Component
class ProceedingDocuments {

    private final CaseDocuments documents;
    private final CaseIntake intake;
    private final OrgDirectory org;
    private final Clock clock;

    ProceedingDocuments(CaseDocuments documents, CaseIntake intake, OrgDirectory org, Clock clock) {
        this.documents = documents;
        this.intake = intake;
        this.org = org;
        this.clock = clock;
    }

    /** Issues the document(s) of a step just taken; a notice of acceptance of a denunciation makes two. */
    void issue(Actor actor, CitizenCase c, ProceedingAct act) {
        Proceeding p = c.proceeding;
        Unit handling = org.unit(c.tenant, c.decidedBy != null ? c.decidedBy : c.handlingUnit).orElseThrow();
        Unit issuer = documents.issuer(c.tenant, handling);
        boolean complaint = p.kind == ProceedingKind.COMPLAINT;
        String issuerName = issuer.name();
        String party = complaint ? complainant(c) : "người tố cáo";
        String matter = (complaint ? "khiếu nại" : "tố cáo") + " “" + c.title + "” (hồ sơ số " + c.number + ")";
        String instanceWord = complaint ? (p.instance == 2 ? " lần hai" : " lần đầu") : "";
        List<String> paragraphs = new ArrayList<>();
        List<String> addressees = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        String kindTitle;
        String summary;
        String toParty = complaint ? party : "Người tố cáo (hồ sơ số " + c.number + ")";
        switch (act.kind()) {
            case KN_ACCEPT -> {
                kindTitle = "THÔNG BÁO";
                summary = "Về việc thụ lý giải quyết khiếu nại" + instanceWord;
                addressees.add(toParty);
                paragraphs.add("Ngày " + DateText.of(p.instanceReceivedOn) + ", " + issuerName + " nhận được đơn "
                        + matter + ".");
                paragraphs.add("Căn cứ Luật Khiếu nại năm 2011, Điều " + (p.instance == 2 ? "36" : "27")
                        + ", xét đơn khiếu nại đủ điều kiện thụ lý, " + issuerName + " thông báo: thụ lý giải quyết khiếu nại"
                        + instanceWord + " kể từ ngày " + DateText.of(p.acceptedOn) + ".");
                paragraphs.add("Thời hạn giải quyết theo quy định là đến hết ngày " + DateText.of(c.dueOn) + (p.complex
                        ? " (vụ việc phức tạp)" : "") + (p.remote ? " (vùng sâu, vùng xa đi lại khó khăn)" : "") + ".");
                texts(paragraphs, act.text());
                recipients.add("Như trên;");
                recipients.add("Thanh tra cùng cấp;");
                forwarder(c, recipients);
            }
            case KN_REFUSE, TC_REFUSE -> {
                kindTitle = "THÔNG BÁO";
                summary = "Về việc không thụ lý giải quyết " + (complaint ? "khiếu nại" + instanceWord : "tố cáo");
                addressees.add(toParty);
                paragraphs.add("Ngày " + DateText.of(p.instanceReceivedOn) + ", " + issuerName + " nhận được đơn "
                        + matter + ".");
                paragraphs.add("Sau khi xem xét, " + issuerName + " thông báo không thụ lý giải quyết vì lý do: "
                        + ProceedingWording.ground(p.refusalGround) + " (" + ProceedingWording.groundSource(p.refusalGround)
                        + ").");
                texts(paragraphs, act.text());
                recipients.add("Như trên;");
                if (complaint) {
                    recipients.add("Thanh tra cùng cấp;");
                }
                forwarder(c, recipients);
            }
            case SCHEDULE_DIALOGUE -> {
                kindTitle = "GIẤY MỜI";
                summary = "Về việc đối thoại giải quyết khiếu nại" + instanceWord;
                addressees.add(toParty);
                paragraphs.add("Để giải quyết " + matter + ", căn cứ Luật Khiếu nại năm 2011, Điều "
                        + (p.instance == 2 ? "39" : "30") + ", " + issuerName + " trân trọng kính mời " + party
                        + " đến dự buổi đối thoại.");
                paragraphs.add("Thời gian: ngày " + DateText.of(p.dialogueOn) + ".");
                paragraphs.add("Địa điểm: " + p.dialoguePlace + ".");
                paragraphs.add("Nội dung: đối thoại về nội dung khiếu nại, kết quả xác minh và hướng giải quyết.");
                texts(paragraphs, act.text());
                recipients.add("Như trên;");
                recipients.add("Người bị khiếu nại; cơ quan, tổ chức, cá nhân có liên quan;");
            }
            case HOLD_DIALOGUE -> {
                kindTitle = "BIÊN BẢN";
                summary = "Đối thoại giải quyết khiếu nại" + instanceWord;
                paragraphs.add("Hôm nay, ngày " + DateText.of(p.dialogueHeldOn) + ", tại " + p.dialoguePlace + ", "
                        + issuerName + " tổ chức đối thoại về " + matter + ".");
                paragraphs.add(ProceedingAct.yes(act.attended())
                        ? "Người khiếu nại có mặt."
                        : "Người khiếu nại đã được mời hợp lệ nhưng vắng mặt; việc giải quyết được tiếp tục theo quy định.");
                paragraphs.add("Kết quả đối thoại:");
                texts(paragraphs, act.text());
                paragraphs.add("Biên bản được đọc lại cho những người tham gia nghe và ký tên hoặc điểm chỉ; trường hợp "
                        + "người tham gia không ký thì ghi rõ lý do.");
                recipients.add("Các bên tham gia đối thoại;");
            }
            case VERIFY -> {
                kindTitle = "BÁO CÁO";
                summary = "Kết quả xác minh nội dung " + (complaint ? "khiếu nại" : "tố cáo");
                paragraphs.add("I. NỘI DUNG XÁC MINH: " + matter + ".");
                paragraphs.add("II. KẾT QUẢ XÁC MINH");
                texts(paragraphs, act.text());
                if (complaint) {
                    paragraphs.add(Boolean.TRUE.equals(p.matchesRequest)
                            ? "Kết quả xác minh phù hợp với yêu cầu của người khiếu nại."
                            : "Kết quả xác minh khác với yêu cầu của người khiếu nại: cần tổ chức đối thoại.");
                }
                paragraphs.add("III. KẾT LUẬN VÀ KIẾN NGHỊ: (người xác minh hoàn thiện trước khi trình ký).");
                recipients.add("Người giải quyết " + (complaint ? "khiếu nại" : "tố cáo") + ";");
            }
            case KN_DECIDE -> {
                kindTitle = "QUYẾT ĐỊNH";
                summary = "Về việc giải quyết khiếu nại" + instanceWord + " của " + party;
                paragraphs.add("Căn cứ Luật Khiếu nại năm 2011; Nghị định số 124/2020/NĐ-CP;");
                paragraphs.add("Xét đơn khiếu nại nhận ngày " + DateText.of(p.instanceReceivedOn) + ", " + matter + ";");
                if (p.findings != null) {
                    paragraphs.add("Kết quả xác minh: " + p.findings);
                }
                if (p.dialogueHeldOn != null) {
                    paragraphs.add("Kết quả đối thoại ngày " + DateText.of(p.dialogueHeldOn) + ": " + p.dialogueResult);
                }
                paragraphs.add("Kết luận: " + ProceedingWording.result(p.result) + ".");
                paragraphs.add("QUYẾT ĐỊNH:");
                paragraphs.add("Điều 1. " + p.decisionText);
                paragraphs.add(p.instance == 2
                        ? "Điều 2. Đây là quyết định giải quyết khiếu nại lần hai. Trong thời hạn theo quy định, nếu không "
                        + "đồng ý, người khiếu nại có quyền khởi kiện vụ án hành chính tại Tòa án (Luật Khiếu nại 2011, Điều 42)."
                        : "Điều 2. Nếu không đồng ý với quyết định này, người khiếu nại có quyền khiếu nại đến người có "
                        + "thẩm quyền giải quyết khiếu nại lần hai hoặc khởi kiện vụ án hành chính tại Tòa án (Luật Khiếu nại 2011, Điều 33).");
                paragraphs.add("Điều 3. Quyết định có hiệu lực pháp luật theo Điều 44 Luật Khiếu nại năm 2011.");
                recipients.add("Người khiếu nại;");
                recipients.add("Người bị khiếu nại; người có quyền, nghĩa vụ liên quan;");
                recipients.add(p.instance == 2 ? "Người giải quyết khiếu nại lần đầu;" : "Thủ trưởng cấp trên trực tiếp;");
                recipients.add("Thanh tra cùng cấp;");
                forwarder(c, recipients);
            }
            case TC_ACCEPT -> {
                kindTitle = "QUYẾT ĐỊNH";
                summary = "Về việc thụ lý tố cáo";
                paragraphs.add("Căn cứ Luật Tố cáo năm 2018, Điều 29; Nghị định số 31/2019/NĐ-CP;");
                paragraphs.add("Xét đơn tố cáo nhận ngày " + DateText.of(c.receivedOn) + " (hồ sơ số " + c.number
                        + ") đủ điều kiện thụ lý,");
                paragraphs.add("QUYẾT ĐỊNH:");
                paragraphs.add("Điều 1. Thụ lý tố cáo đối với nội dung: “" + c.title + "”.");
                paragraphs.add("Điều 2. Thời hạn giải quyết tố cáo là 30 ngày kể từ ngày ký quyết định này, đến hết ngày "
                        + DateText.of(c.dueOn) + (p.complex ? "; vụ việc phức tạp có thể được gia hạn theo Điều 30 Luật Tố cáo" : "") + ".");
                texts(paragraphs, act.text());
                paragraphs.add("Điều 3. Thông báo việc thụ lý cho người tố cáo và nội dung tố cáo cho người bị tố cáo trong "
                        + "thời hạn 5 ngày làm việc (Điều 29 khoản 3). Thông tin về người tố cáo được giữ bí mật.");
                recipients.add("Người bị tố cáo (nội dung tố cáo, không kèm thông tin người tố cáo);");
                recipients.add("Người tố cáo (thông báo thụ lý);");
            }
            case NOT_PROCESS -> {
                kindTitle = "PHIẾU ĐỀ XUẤT";
                summary = "Về việc không xử lý thông tin có nội dung tố cáo";
                paragraphs.add("Thông tin có nội dung tố cáo, hồ sơ số " + c.number + ", nội dung: “" + c.title + "”.");
                paragraphs.add("Thông tin không được xử lý theo thủ tục giải quyết tố cáo vì: "
                        + ProceedingWording.ground(p.notProcessedGround) + " ("
                        + ProceedingWording.groundSource(p.notProcessedGround) + ").");
                if (p.managementCheck) {
                    paragraphs.add("Thông tin nêu rõ người vi phạm và có tài liệu, chứng cứ cụ thể: tiến hành kiểm tra, xác minh "
                            + "phục vụ công tác quản lý theo Điều 25 khoản 2 Luật Tố cáo năm 2018.");
                }
                texts(paragraphs, act.text());
                recipients.add("Lưu hồ sơ;");
            }
            case NOTIFY -> {
                LocalDate signed = p.acceptedOn;
                List<String> toDenouncer = new ArrayList<>();
                toDenouncer.add("Ngày " + DateText.of(signed) + ", " + issuerName + " đã ban hành quyết định thụ lý tố cáo "
                        + "đối với nội dung: “" + c.title + "” (hồ sơ số " + c.number + ").");
                toDenouncer.add("Thời hạn giải quyết đến hết ngày " + DateText.of(c.dueOn) + ". " + issuerName
                        + " sẽ thông báo kết quả giải quyết theo quy định.");
                save(actor, c, "NOTIFY_DENOUNCER", issuer, handling, "THÔNG BÁO", "Về việc thụ lý tố cáo",
                        List.of(toParty), toDenouncer, List.of("Như trên;"));
                List<String> toAccused = new ArrayList<>();
                toAccused.add("Ngày " + DateText.of(signed) + ", " + issuerName + " thụ lý tố cáo (hồ sơ số " + c.number
                        + ") có nội dung liên quan đến Ông/Bà: “" + c.title + "”.");
                toAccused.add("Đề nghị Ông/Bà giải trình bằng văn bản, cung cấp thông tin, tài liệu, chứng cứ liên quan "
                        + "(Luật Tố cáo năm 2018, Điều 10, Điều 29 khoản 3).");
                texts(toAccused, act.text());
                save(actor, c, "NOTIFY_ACCUSED", issuer, handling, "THÔNG BÁO", "Về nội dung tố cáo",
                        List.of("Người bị tố cáo"), toAccused, List.of("Như trên;"));
                return;
            }
            case EXTEND -> {
                kindTitle = "QUYẾT ĐỊNH";
                summary = "Về việc gia hạn giải quyết tố cáo";
                paragraphs.add("Căn cứ Luật Tố cáo năm 2018, Điều 30; Nghị định số 31/2019/NĐ-CP, Điều 3;");
                paragraphs.add("Xét tính chất " + (p.veryComplex ? "đặc biệt phức tạp" : "phức tạp") + " của vụ việc (hồ sơ số "
                        + c.number + "): " + (p.complexityReason == null ? "" : p.complexityReason));
                paragraphs.add("QUYẾT ĐỊNH:");
                paragraphs.add("Điều 1. Gia hạn giải quyết tố cáo lần " + p.extensions + ", thêm không quá 30 ngày; thời hạn "
                        + "giải quyết đến hết ngày " + DateText.of(c.dueOn) + ".");
                texts(paragraphs, act.text());
                recipients.add("Người tố cáo;");
                recipients.add("Người bị tố cáo;");
                recipients.add("Cơ quan, tổ chức, cá nhân có liên quan;");
            }
            case CONCLUDE -> {
                kindTitle = "KẾT LUẬN";
                summary = "Nội dung tố cáo";
                paragraphs.add("Ngày " + DateText.of(p.acceptedOn) + ", " + issuerName + " thụ lý tố cáo: “" + c.title
                        + "” (hồ sơ số " + c.number + ").");
                if (p.findings != null) {
                    paragraphs.add("1. Kết quả xác minh: " + p.findings);
                }
                paragraphs.add("2. Căn cứ pháp lý: Luật Tố cáo năm 2018, Điều 35; các văn bản có liên quan.");
                paragraphs.add("3. Kết luận: " + ProceedingWording.result(p.result) + ".");
                paragraphs.add("4. Trách nhiệm và biện pháp xử lý:");
                texts(paragraphs, p.decisionText);
                recipients.add("Người bị tố cáo;");
                recipients.add("Cơ quan, tổ chức quản lý người bị tố cáo;");
                recipients.add("Người tố cáo (thông báo kết quả);");
            }
            case ACT_ON_CONCLUSION -> {
                kindTitle = "THÔNG BÁO";
                summary = "Về việc xử lý kết luận nội dung tố cáo";
                paragraphs.add("Thực hiện kết luận nội dung tố cáo ngày " + DateText.of(p.decidedOn) + " (hồ sơ số "
                        + c.number + "), căn cứ Luật Tố cáo năm 2018, Điều 36, " + issuerName + " xử lý như sau:");
                texts(paragraphs, act.text());
                recipients.add("Người bị tố cáo;");
                recipients.add("Cơ quan, tổ chức có liên quan;");
            }
            case PUBLISH_DECISION -> {
                kindTitle = "THÔNG BÁO";
                summary = complaint ? "Công khai quyết định giải quyết khiếu nại lần hai" : "Công khai kết luận nội dung tố cáo";
                paragraphs.add("Căn cứ " + (complaint ? "Luật Khiếu nại năm 2011, Điều 41 khoản 2" : "Luật Tố cáo năm 2018, Điều 40")
                        + ", " + issuerName + " công khai " + (complaint ? "quyết định giải quyết khiếu nại lần hai" : "kết luận nội dung tố cáo")
                        + " ngày " + DateText.of(p.decidedOn) + " (hồ sơ số " + c.number + ").");
                paragraphs.add("Hình thức công khai: " + p.publicationForm + ".");
                paragraphs.add("Nội dung: " + ProceedingWording.result(p.result) + ". " + p.decisionText);
                if (!complaint) {
                    paragraphs.add("Việc công khai không bao gồm thông tin về người tố cáo và nội dung thuộc bí mật nhà nước.");
                }
                recipients.add("Cổng thông tin điện tử; nơi tiếp công dân;");
            }
            case SUSPEND, RESUME, TERMINATE -> {
                String verb = switch (act.kind()) {
                    case SUSPEND -> "tạm đình chỉ";
                    case RESUME -> "tiếp tục";
                    default -> "đình chỉ";
                };
                kindTitle = "QUYẾT ĐỊNH";
                summary = "Về việc " + verb + " giải quyết " + (complaint ? "khiếu nại" : "tố cáo");
                paragraphs.add("Căn cứ " + (complaint ? "Luật Khiếu nại năm 2011, Điều 10, Điều 11a (sửa đổi, bổ sung bởi Luật số 136/2025/QH15)"
                        : "Luật Tố cáo năm 2018, Điều 34") + ";");
                paragraphs.add("Xét " + matter + ",");
                paragraphs.add("QUYẾT ĐỊNH:");
                String ground = act.kind() == ProceedingActKind.TERMINATE ? " vì lý do: "
                        + ProceedingWording.ground(p.terminationGround) + " (" + ProceedingWording.groundSource(p.terminationGround) + ")" : "";
                paragraphs.add("Điều 1. " + ProceedingWording.capitalise(verb) + " việc giải quyết " + (complaint ? "khiếu nại" : "tố cáo")
                        + ground + ".");
                texts(paragraphs, act.text());
                if (act.kind() == ProceedingActKind.SUSPEND && !complaint) {
                    paragraphs.add("Điều 2. Thời gian tạm đình chỉ không tính vào thời hạn giải quyết tố cáo (Điều 34 khoản 2).");
                }
                recipients.add(complaint ? "Người khiếu nại;" : "Người tố cáo;");
                recipients.add(complaint ? "Người bị khiếu nại;" : "Người bị tố cáo;");
            }
            case REFUSE_RE_RESOLUTION, RE_RESOLVE -> {
                boolean again = act.kind() == ProceedingActKind.RE_RESOLVE;
                kindTitle = again ? "QUYẾT ĐỊNH" : "THÔNG BÁO";
                summary = again ? "Về việc giải quyết lại vụ việc tố cáo" : "Về việc không giải quyết lại vụ việc tố cáo";
                paragraphs.add("Căn cứ Luật Tố cáo năm 2018, Điều 37; xét tố cáo tiếp nhận ngày " + DateText.of(p.furtherOn)
                        + " đối với việc giải quyết tố cáo (hồ sơ số " + c.number + "),");
                texts(paragraphs, act.text());
                recipients.add("Người tố cáo;");
                recipients.add("Người đã giải quyết tố cáo;");
            }
            default -> {
                return;
            }
        }
        save(actor, c, act.kind().name(), issuer, handling, kindTitle, summary, addressees, paragraphs, recipients);
    }

    private void save(Actor actor, CitizenCase c, String kind, Unit issuer, Unit handling, String kindTitle,
                      String summary, List<String> addressees, List<String> paragraphs, List<String> recipients) {
        LocalDate today = LegalTime.today(clock);
        int no = documents.nextNumber(c.tenant, issuer, today.getYear());
        String number = no + "/" + ("KẾT LUẬN".equals(kindTitle) ? "KL-" : "QUYẾT ĐỊNH".equals(kindTitle) ? "QĐ-" : "")
                + CaseDocuments.abbreviation(issuer.kind()) + ("QUYẾT ĐỊNH".equals(kindTitle) || "KẾT LUẬN".equals(kindTitle)
                ? "" : "-" + CaseDocuments.suffix(handling.code()));
        List<String> allRecipients = new ArrayList<>(recipients);
        allRecipients.add("Lưu: VT, hồ sơ " + c.number + ".");
        Unit area = documents.area(c.tenant, issuer);
        DocumentContent content = new DocumentContent(null, issuer.name().toUpperCase(Locale.forLanguageTag("vi")),
                number, CaseDocuments.placeName(area), today, kindTitle, summary, addressees, paragraphs, allRecipients,
                "TM. " + CaseDocuments.genericName(issuer.kind()), CaseDocuments.signerPosition(issuer.kind()),
                actor.displayName(), "Hồ sơ số " + c.number + " – văn bản tạo từ hệ thống Làm Chủ");
        documents.save(actor, c, kind, number, content);
    }

    private String complainant(CitizenCase c) {
        List<Sender> senders = intake.senders(c.tenant, c.id);
        if (c.anonymous || senders.isEmpty()) {
            return "người khiếu nại (hồ sơ số " + c.number + ")";
        }
        Sender first = senders.get(0);
        return "Ông/Bà " + first.name() + (first.address() != null ? ", địa chỉ: " + first.address() : "")
                + (senders.size() > 1 ? " và " + (senders.size() - 1) + " người khác" : "");
    }

    private static void forwarder(CitizenCase c, List<String> recipients) {
        if (c.forwardedBy != null) {
            recipients.add(c.forwardedBy + " (cơ quan chuyển đơn);");
        }
    }

    private static void texts(List<String> paragraphs, String text) {
        if (text != null) {
            paragraphs.addAll(CaseDocuments.lines(text));
        }
    }
}
