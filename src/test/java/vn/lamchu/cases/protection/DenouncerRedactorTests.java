package vn.lamchu.cases.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lamchu.cases.protection.DenouncerRedactor.MASK;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lamchu.cases.Sender;

/** Luật Tố cáo 2018, Điều 56 khoản 2: the denouncer's identity is stripped from the copies others get. */
class DenouncerRedactorTests {

    static final Sender AN = new Sender("Nguyễn Văn An", "Số 12 ngõ 5, thôn Đông, xã Tân Phú", "0912 345 678",
            "an.nguyen@example.vn", "001234567890");

    static String mask(String text) {
        return DenouncerRedactor.mask(text, List.of(AN));
    }

    @Test
    void masksTheFullNameWhateverTheCaseAndDiacritics() {
        assertThat(mask("Tôi là Nguyễn Văn An, tố cáo ...")).isEqualTo("Tôi là " + MASK + ", tố cáo ...");
        assertThat(mask("toi la NGUYEN VAN AN to cao")).isEqualTo("toi la " + MASK + " to cao");
        assertThat(mask("tôi là nguyễn  văn   an.")).isEqualTo("tôi là " + MASK + ".");
    }

    @Test
    void masksTheGivenNameOnlyAfterAFormOfAddress() {
        assertThat(mask("Ông An đã bị đe dọa")).isEqualTo("Ông " + MASK + " đã bị đe dọa");
        assertThat(mask("Công trình không an toàn, an ninh kém")).isEqualTo("Công trình không an toàn, an ninh kém");
    }

    @Test
    void doesNotMaskPartsOfOtherWords() {
        Sender binh = new Sender("Trần Thị Bình", null, null, null);
        assertThat(DenouncerRedactor.mask("Mọi việc bình thường, bà Bình không biết; Trần Thị Hoa biết.",
                List.of(binh))).isEqualTo("Mọi việc bình thường, bà " + MASK + " không biết; Trần Thị Hoa biết.");
    }

    @Test
    void masksThePhoneNumberInAnyFormat() {
        for (String phone : List.of("0912345678", "0912.345.678", "0912-345-678", "+84 912 345 678", "84912345678",
                "(+84) 912 345 678", "091 234 5678")) {
            assertThat(mask("Gọi " + phone + " nhé")).as(phone).isEqualTo("Gọi " + MASK + " nhé");
        }
        assertThat(mask("Mã 10912345678 khác")).isEqualTo("Mã 10912345678 khác");
    }

    @Test
    void masksTheAddressEmailAndIdNumber() {
        assertThat(mask("Nhà tôi ở số 12 ngõ 5, thôn Đông, xã Tân Phú.")).isEqualTo("Nhà tôi ở " + MASK + ".");
        assertThat(mask("Thư: AN.NGUYEN@example.vn")).isEqualTo("Thư: " + MASK);
        assertThat(mask("CCCD 001 234 567 890, cấp ngày")).isEqualTo("CCCD " + MASK + ", cấp ngày");
        assertThat(mask("số 001234567890")).isEqualTo("số " + MASK);
    }

    @Test
    void leavesTextWithoutSendersAlone() {
        assertThat(DenouncerRedactor.mask("Nguyễn Văn An", List.of())).isEqualTo("Nguyễn Văn An");
        assertThat(DenouncerRedactor.mask(null, List.of(AN))).isNull();
    }

    @Test
    void theVillageOfTheMatterStaysWhenOnlyPartOfTheAddress() {
        assertThat(mask("Đường ở xã Tân Phú bị hỏng")).isEqualTo("Đường ở xã Tân Phú bị hỏng");
    }
}
