package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.TenantId;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.support.IntegrationTest;

/** The one intake as a citizen on the portal uses it: idempotency, routing, acknowledgement and duplicates. */
@IntegrationTest
class CaseIntakeIntegrationTests {

    @Autowired CaseIntake intake;
    @Autowired CaseQueries queries;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    TenantId tenant() {
        return intake.publicTenant(null);
    }

    IntakeRequest feedback(String key, String category, UUID place, String title, String body, Sender sender) {
        return new IntakeRequest(Channel.WEB, key, ContentKind.FEEDBACK, title, body, category, place, null,
                sender == null, sender == null ? List.of() : List.of(sender), false, null, null, null, List.of());
    }

    UUID unit(String code) {
        return new DemoTokens(jdbc, apiTokens).unitId(code);
    }

    @Test
    void aRetryWithTheSameKeyGivesTheSameCaseAndCode() {
        String key = UUID.randomUUID().toString();
        IntakeRequest request = feedback(key, "MOI_TRUONG", unit("TP"), "Khói bụi từ lò gạch",
                "Lò gạch ở thôn 2 xả khói đen cả ngày, trẻ em ho nhiều.", null);
        IntakeReceipt first = intake.submit(tenant(), request);
        IntakeReceipt second = intake.submit(tenant(), request);
        assertThat(first.replay()).isFalse();
        assertThat(second.replay()).isTrue();
        assertThat(second.caseId()).isEqualTo(first.caseId());
        assertThat(second.receiptCode()).isEqualTo(first.receiptCode());
        assertThat(queries.byReceipt(tenant(), ReceiptCode.of(first.receiptCode())).number()).isEqualTo(first.number());
    }

    @Test
    void concurrentRetriesCreateOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        IntakeRequest request = feedback(key, null, unit("TP"), "Cống thoát nước bị tắc",
                "Cống thoát nước đầu thôn 1 bị tắc, mưa là ngập đường.", null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IntakeReceipt>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return intake.submit(tenant(), request);
            }));
        }
        start.countDown();
        List<CaseId> ids = new ArrayList<>();
        for (Future<IntakeReceipt> result : results) {
            ids.add(result.get().caseId());
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
    }

    @Test
    void theSameKeyForADifferentLetterIsAConflict() {
        String key = UUID.randomUUID().toString();
        intake.submit(tenant(), feedback(key, null, null, "Một nội dung", "Nội dung thứ nhất của người gửi.", null));
        assertThatThrownBy(() -> intake.submit(tenant(), feedback(key, null, null, "Nội dung khác",
                "Nội dung thứ hai hoàn toàn khác.", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("cases.error.idempotencyMismatch");
                });
    }

    @Test
    void theAcknowledgementNamesTheHandlingDeadlineAndItsSource() {
        IntakeReceipt receipt = intake.submit(tenant(), feedback(null, null, unit("TP"), "Đường làng xuống cấp",
                "Đường bê tông thôn 2 nứt vỡ nhiều đoạn.", null));
        assertThat(receipt.dueRule()).isEqualTo("XLD-handle");
        assertThat(receipt.dueSource()).contains("05/2021/TT-TTCP");
        assertThat(receipt.firstAnswerDue()).isAfter(receipt.receivedOn());
        assertThat(receipt.handlingUnitName()).isEqualTo("Văn phòng HĐND và UBND xã Tân Phú");
    }

    @Test
    void routingTableSendsPartyMattersToTheCommunePartyOffice() {
        IntakeReceipt receipt = intake.submit(tenant(), feedback(null, "DANG", unit("TP"), "Góp ý về sinh hoạt chi bộ",
                "Đề nghị chi bộ thôn 1 sinh hoạt đúng định kỳ hằng tháng.", null));
        assertThat(receipt.handlingUnitName()).isEqualTo("Văn phòng Đảng ủy xã Tân Phú");
        IntakeReceipt other = intake.submit(tenant(), feedback(null, "DANG", unit("BM"), "Góp ý về sinh hoạt chi bộ",
                "Đề nghị chi bộ khu phố sinh hoạt đúng định kỳ.", null));
        assertThat(other.handlingUnitName()).contains("Bình Minh");
    }

    @Test
    void aNearIdenticalLetterTypedWithoutDiacriticsIsSuggestedAsADuplicate() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        IntakeReceipt original = intake.submit(tenant(), feedback(null, "HA_TANG", unit("TP"),
                "Đèn đường thôn 1 hỏng " + marker,
                "Toàn bộ đèn đường trên trục chính thôn 1 xã Tân Phú đã hỏng hơn một tháng nay, buổi tối đi lại rất nguy hiểm, đề nghị sửa chữa sớm.",
                new Sender("Trần Thị Bình", "Thôn 1", "0987 111 222", null)));
        IntakeReceipt plain = intake.submit(tenant(), feedback(null, "HA_TANG", unit("TP"),
                "Den duong thon 1 hong " + marker,
                "Toan bo den duong tren truc chinh thon 1 xa Tan Phu da hong hon mot thang nay, buoi toi di lai rat nguy hiem, de nghi sua chua som.",
                new Sender("Le Van Cuong", "Thon 1", "0977 333 444", null)));
        mvc.perform(get("/api/v1/cases/" + plain.caseId() + "/similar?days=30")
                        .header("Authorization", new DemoTokens(jdbc, apiTokens).bearer("xuly.tp")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].summary.id").value(original.caseId().toString()))
                .andExpect(jsonPath("$[0].textSimilarity").value(org.hamcrest.Matchers.greaterThan(0.9)))
                .andExpect(jsonPath("$[0].samePlace").value(true));
        mvc.perform(get("/api/v1/cases/" + plain.caseId() + "/similar")
                        .header("Authorization", new DemoTokens(jdbc, apiTokens).bearer("xuly.bm")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSameSenderSendingTheSameAgainIsFlaggedRepeated() {
        Sender sender = new Sender("Phạm Văn Đức", "Thôn 2", "0912 " + (100000 + (int) (Math.random() * 899999)), null);
        intake.submit(tenant(), feedback(null, "NHA_O", unit("TP"), "Nhà bị nứt do thi công",
                "Nhà tôi bị nứt tường do đơn vị thi công đường đóng cọc, đề nghị xem xét bồi thường.", sender));
        IntakeReceipt again = intake.submit(tenant(), feedback(null, "NHA_O", unit("TP"), "Nha bi nut do thi cong",
                "Nha toi bi nut tuong do don vi thi cong duong dong coc, de nghi xem xet boi thuong.", sender));
        CitizenCase c = queries.find(tenant(), again.caseId()).orElseThrow();
        assertThat(c.repeated()).isTrue();
    }

    @Test
    void anotherTextFromTheSameSenderOrTheSameTextFromAnotherIsNotRepeated() {
        Sender sender = new Sender("Đào Thị Lặp", "Thôn 5", "0913 " + (100000 + (int) (Math.random() * 899999)), null);
        Sender other = new Sender("Kiều Văn Khác", "Thôn 6", "0914 " + (100000 + (int) (Math.random() * 899999)), null);
        intake.submit(tenant(), feedback(null, "NHA_O", unit("TP"), "Nhà bị nứt do thi công cống",
                "Nhà tôi bị nứt tường do đơn vị thi công cống đóng cọc, đề nghị xem xét bồi thường.", sender));
        IntakeReceipt otherText = intake.submit(tenant(), feedback(null, "MOI_TRUONG", unit("TP"), "Khói từ lò gạch",
                "Lò gạch đầu thôn đốt than cả đêm, khói bay vào khu dân cư, trẻ con ho nhiều.", sender));
        IntakeReceipt otherSender = intake.submit(tenant(), feedback(null, "NHA_O", unit("TP"), "Nhà bị nứt do thi công cống",
                "Nhà tôi bị nứt tường do đơn vị thi công cống đóng cọc, đề nghị xem xét bồi thường.", other));
        assertThat(queries.find(tenant(), otherText.caseId()).orElseThrow().repeated()).isFalse();
        assertThat(queries.find(tenant(), otherSender.caseId()).orElseThrow().repeated()).isFalse();
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> intake.submit(tenant(), feedback(null, null, null, "Ng", "Nội dung đủ dài ở đây.", null)))
                .hasMessage("cases.error.title");
        assertThatThrownBy(() -> intake.submit(tenant(), feedback(null, "KHONG_CO", null, "Tiêu đề đủ dài",
                "Nội dung đủ dài ở đây.", null))).hasMessage("cases.error.category");
        assertThatThrownBy(() -> intake.submit(tenant(), feedback(null, null, null, "Tiêu đề đủ dài",
                "Nội dung đủ dài ở đây.", new Sender("Chỉ có tên", null, null, null)))).hasMessage("cases.error.senderRequired");
        assertThatThrownBy(() -> intake.submit(tenant(), feedback("short", null, null, "Tiêu đề đủ dài",
                "Nội dung đủ dài ở đây.", null))).hasMessage("cases.error.idempotencyKey");
        assertThatThrownBy(() -> intake.submit(tenant(), new IntakeRequest(Channel.POST, null, ContentKind.FEEDBACK,
                "Tiêu đề đủ dài", "Nội dung đủ dài ở đây.", null, null, null, true, List.of(), false, null, null, null,
                List.of()))).hasMessage("cases.error.channelPublic");
    }
}
