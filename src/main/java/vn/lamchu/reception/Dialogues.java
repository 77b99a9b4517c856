package vn.lamchu.reception;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.cases.CaseIntake;
import vn.lamchu.cases.Channel;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.IntakeReceipt;
import vn.lamchu.cases.IntakeRequest;
import vn.lamchu.cases.Sender;
import vn.lamchu.documents.OfficialDocument;
import vn.lamchu.org.JurisdictionLevel;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.rules.DateText;
import vn.lamchu.rules.RuleCatalog;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * Direct dialogues (đối thoại trực tiếp, RULEBOOK §7): the commune People's Committee's dialogue conference with the
 * people, at least once a year, organised with the Fatherland Front (Luật Thực hiện dân chủ ở cơ sở 2022, Điều 32;
 * rule DCCS-dialogue), and the Party head's dialogues (Quy định 11-QĐi/TW). Each question raised becomes a case through
 * the intake with {@link Channel#DIALOGUE}; it is answered on the spot or later through that case. The minutes
 * (biên bản) are an official document. {@link #yearly} lists the communes without a dialogue in a year.
 */
@Service
public class Dialogues {

    private final JdbcClient jdbc;
    private final CaseIntake intake;
    private final OrgDirectory org;
    private final RuleCatalog rules;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ReceptionScope scope;
    private final Clock clock;

    Dialogues(JdbcClient jdbc, CaseIntake intake, OrgDirectory org, RuleCatalog rules, CurrentActor currentActor,
              AuditLog audit, ReceptionScope scope, Clock clock) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.intake = intake;
        this.org = org;
        this.rules = rules;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    public record Dialogue(UUID id, UnitId unitId, LocalDate heldOn, String chairName, String chairTitle, String topic,
                           String place, String participants, int attendance, String minutes, int questions) {
    }

    public record Question(UUID id, int position, String asker, String question, String answer, UUID caseId,
                           String caseNumber) {
    }

    public record NewDialogue(UUID unitId, LocalDate heldOn, String chairName, String chairTitle, String topic,
                              String place, String participants, Integer attendance) {
    }

    public record NewQuestion(String asker, String address, ContentKind kind, String question, String answer) {
    }

    /** A commune and the dialogues it held in the year, against DCCS-dialogue. */
    public record YearlyCompliance(UUID communeId, String communeName, int held, int required, boolean met) {
    }

    @Transactional
    public Dialogue create(NewDialogue in) {
        Actor actor = currentActor.require();
        TenantId tenant = actor.tenantId();
        if (in.unitId() == null) {
            throw DomainException.invalid("reception.error.keepingUnit");
        }
        currentActor.checkCanSee(tenant, new UnitId(in.unitId()));
        LocalDate today = LegalTime.today(clock);
        if (in.heldOn() == null || in.heldOn().isAfter(today) || in.heldOn().isBefore(today.minusYears(1))) {
            throw DomainException.invalid("reception.error.date");
        }
        int attendance = in.attendance() == null ? 0 : in.attendance();
        if (attendance < 1 || attendance > 100_000) {
            throw DomainException.invalid("reception.error.persons");
        }
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into reception_dialogue (tenant_id, id, unit_id, held_on, chair_name, chair_title, topic, place,
                            participants, attendance, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, in.unitId(), in.heldOn(),
                        ReceptionSchedules.text(in.chairName(), "reception.error.chairName"),
                        ReceptionSchedules.text(in.chairTitle(), "reception.error.receiverTitle"),
                        ReceptionSchedules.text(in.topic(), "reception.error.topic"),
                        ReceptionSchedules.text(in.place(), "reception.error.place"),
                        ReceptionSchedules.text(in.participants(), "reception.error.participants"), attendance,
                        Timestamp.from(clock.instant()))
                .update();
        audit.recordChange(tenant, "reception_dialogue", id.toString(), "create", null,
                Map.of("heldOn", in.heldOn().toString(), "attendance", attendance));
        return get(id);
    }

    /** A question raised, logged as a case (channel DIALOGUE); with an answer if it was answered on the spot. */
    @Transactional
    public Question ask(UUID dialogueId, NewQuestion in) {
        Dialogue d = get(dialogueId);
        TenantId tenant = currentActor.require().tenantId();
        String asker = ReceptionSchedules.text(in.asker(), "reception.error.visitorName");
        String address = ReceptionSchedules.text(in.address(), "reception.error.visitorAddress");
        String question = VietnameseText.normalizeOrNull(in.question());
        if (question == null || question.length() < CaseIntake.BODY_MIN || question.length() > 5000) {
            throw DomainException.invalid("reception.error.question", CaseIntake.BODY_MIN, 5000);
        }
        String answer = VietnameseText.normalizeOrNull(in.answer());
        UUID id = Ids.newId(clock);
        String title = "Đối thoại " + DateText.of(d.heldOn()) + ": " + shorten(question, 150);
        IntakeReceipt receipt = intake.submit(tenant, new IntakeRequest(Channel.DIALOGUE, "dialogue-" + id,
                in.kind() == null ? ContentKind.RECOMMENDATION : in.kind(), title, question, null, null, null, false,
                List.of(new Sender(asker, address, null, null)), false, null, d.heldOn(), null, null));
        int position = d.questions() + 1;
        jdbc.sql("""
                        insert into reception_dialogue_question (tenant_id, id, dialogue_id, position, asker, question,
                            answer, case_id, case_number, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, dialogueId, position, asker, question, answer, receipt.caseId().value(),
                        receipt.number(), Timestamp.from(clock.instant()))
                .update();
        audit.recordChange(tenant, "reception_dialogue", dialogueId.toString(), "question", null,
                Map.of("case", receipt.number()));
        return questions(dialogueId).stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional
    public Dialogue minutes(UUID dialogueId, String minutes) {
        get(dialogueId);
        String text = VietnameseText.normalizeOrNull(minutes);
        if (text == null || text.length() < 10 || text.length() > 20_000) {
            throw DomainException.invalid("reception.error.minutes", 10, 20_000);
        }
        TenantId tenant = currentActor.require().tenantId();
        jdbc.sql("update reception_dialogue set minutes = ? where tenant_id = ? and id = ?")
                .params(text, tenant.value(), dialogueId).update();
        audit.recordChange(tenant, "reception_dialogue", dialogueId.toString(), "minutes", null, Map.of());
        return get(dialogueId);
    }

    public Dialogue get(UUID id) {
        Actor actor = currentActor.require();
        Dialogue d = dialogue(actor.tenantId(), "d.id = ?", id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("reception_dialogue", id.toString()));
        currentActor.checkCanSee(actor.tenantId(), d.unitId());
        return d;
    }

    public List<Dialogue> list(UUID unit, LocalDate from, LocalDate to) {
        Actor actor = currentActor.require();
        UUID[] units = ReceptionScope.ids(scope.subtree(actor, unit));
        return dialogue(actor.tenantId(), "d.unit_id = any(?) and d.held_on between ? and ?", units, from, to);
    }

    public List<Question> questions(UUID dialogueId) {
        get(dialogueId);
        return jdbc.sql("""
                        select id, position, asker, question, answer, case_id, case_number from reception_dialogue_question
                        where tenant_id = ? and dialogue_id = ? order by position""")
                .params(currentActor.require().tenantId().value(), dialogueId)
                .query((rs, i) -> new Question(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7)))
                .list();
    }

    /**
     * For each commune-level area in the actor's scope (and the actor's own commune), the dialogues its units held in {@code year} against the
     * DCCS-dialogue rule in force on 1 January (at least once a year, Luật Thực hiện dân chủ ở cơ sở 2022, Điều 32).
     */
    public List<YearlyCompliance> yearly(int year) {
        Actor actor = currentActor.require();
        TenantId tenant = actor.tenantId();
        int required = rules.rule("DCCS-dialogue").versionOn(LocalDate.of(year, 12, 31))
                .map(v -> v.base().amount()).orElse(0);
        Set<UnitId> visible = new java.util.HashSet<>(org.subtree(tenant, actor.unitId()));
        visible.add(scope.areaOf(tenant, actor.unitId()));
        List<Unit> communes = visible.stream().map(u -> org.unit(tenant, u).orElse(null)).filter(Objects::nonNull)
                .filter(u -> u.kind() == UnitKind.AREA && u.jurisdictionId() != null
                        && org.jurisdiction(tenant, u.jurisdictionId()).map(j -> j.level())
                        .map(JurisdictionLevel::communeLevel).orElse(false))
                .sorted(java.util.Comparator.comparing(Unit::name)).toList();
        List<Dialogue> held = dialogue(tenant, "d.held_on between ? and ?", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        Map<UnitId, Long> byCommune = held.stream().map(d -> scope.areaOf(tenant, d.unitId()))
                .filter(Objects::nonNull).collect(Collectors.groupingBy(u -> u, Collectors.counting()));
        List<YearlyCompliance> out = new ArrayList<>();
        for (Unit c : communes) {
            int n = byCommune.getOrDefault(c.id(), 0L).intValue();
            out.add(new YearlyCompliance(c.id().value(), c.name(), n, required, n >= required));
        }
        return out;
    }

    /** The minutes (biên bản) of the dialogue as an official document. */
    public OfficialDocument minutesDocument(UUID dialogueId, ReceptionBook book) {
        Dialogue d = get(dialogueId);
        if (d.minutes() == null) {
            throw DomainException.conflict("reception.error.noMinutes");
        }
        ReceptionBook.Header h = book.header(currentActor.require().tenantId(), d.unitId());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Hôm nay, ngày " + DateText.of(d.heldOn()) + ", tại " + d.place() + ", " + d.chairTitle() + " "
                + d.chairName() + " chủ trì hội nghị đối thoại với Nhân dân về: " + d.topic()
                + " (Luật Thực hiện dân chủ ở cơ sở 2022, Điều 32).");
        paragraphs.add("Thành phần tham dự: " + d.participants() + "; tổng số " + d.attendance() + " người.");
        for (Question q : questions(dialogueId)) {
            paragraphs.add(q.position() + ". Ông/bà " + q.asker() + " nêu: " + q.question() + " (hồ sơ số "
                    + q.caseNumber() + "). " + (q.answer() == null ? "Sẽ trả lời bằng văn bản sau hội nghị."
                    : "Trả lời tại hội nghị: " + q.answer()));
        }
        paragraphs.add("Nội dung, kết luận: " + d.minutes());
        return new OfficialDocument(h.governing(), h.issuing(), "/BB-" + h.symbol(), h.place(), d.heldOn(),
                "Biên bản", "Hội nghị đối thoại giữa " + h.issuing() + " với Nhân dân", List.of(), paragraphs,
                List.of("Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp", "Lưu: VT"), null, d.chairTitle(), d.chairName(),
                null);
    }

    private List<Dialogue> dialogue(TenantId tenant, String where, Object... args) {
        List<Object> params = new ArrayList<>();
        params.add(tenant.value());
        params.addAll(List.of(args));
        return jdbc.sql("""
                        select d.id, d.unit_id, d.held_on, d.chair_name, d.chair_title, d.topic, d.place, d.participants,
                               d.attendance, d.minutes,
                               (select count(*) from reception_dialogue_question q
                                 where q.tenant_id = d.tenant_id and q.dialogue_id = d.id)
                        from reception_dialogue d where d.tenant_id = ? and """ + " " + where + " order by d.held_on")
                .params(params)
                .query((rs, i) -> new Dialogue(rs.getObject(1, UUID.class), new UnitId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10), rs.getInt(11)))
                .list();
    }

    private static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
