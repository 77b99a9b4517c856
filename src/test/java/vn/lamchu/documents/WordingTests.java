package vn.lamchu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The fixed wording and derived lines of Nghị định 30/2020/NĐ-CP, Phụ lục I. */
class WordingTests {

    @Test
    void writesTheDateLikeTheDecreesExample() {
        assertThat(Wording.placeAndDate("Hà Nội", LocalDate.of(2020, 1, 5)))
                .isEqualTo("Hà Nội, ngày 05 tháng 01 năm 2020");
        assertThat(Wording.placeAndDate("Tân Phú", LocalDate.of(2026, 11, 23)))
                .isEqualTo("Tân Phú, ngày 23 tháng 11 năm 2026");
    }

    @Test
    void putsALeadingZeroBeforeDaysBelowTenAndBeforeJanuaryAndFebruaryOnly() {
        assertThat(Wording.placeAndDate("Tân Phú", LocalDate.of(2026, 2, 28))).endsWith("ngày 28 tháng 02 năm 2026");
        assertThat(Wording.placeAndDate("Tân Phú", LocalDate.of(2026, 3, 9))).endsWith("ngày 09 tháng 3 năm 2026");
        assertThat(Wording.placeAndDate("Tân Phú", LocalDate.of(2026, 9, 10))).endsWith("ngày 10 tháng 9 năm 2026");
        assertThat(Wording.placeAndDate("Tân Phú", LocalDate.of(2026, 12, 1))).endsWith("ngày 01 tháng 12 năm 2026");
        for (LocalDate day = LocalDate.of(2028, 1, 1); day.getYear() == 2028; day = day.plusDays(1)) {
            String line = Wording.placeAndDate("Tân Phú", day);
            String month = line.replaceAll(".* tháng (\\d+) năm.*", "$1");
            assertThat(line).as(day.toString()).matches("Tân Phú, ngày \\d\\d tháng \\d{1,2} năm 2028");
            assertThat(month.length()).as(day.toString()).isEqualTo(day.getMonthValue() <= 2 ? 2 : String.valueOf(
                    day.getMonthValue()).length());
        }
    }

    @Test
    void writesTheNumberOrLeavesItBlankForAHand() {
        assertThat(Wording.numberLine("15/UBND-VP")).isEqualTo("Số: 15/UBND-VP");
        assertThat(Wording.numberLine("/UBND-VP")).matches("Số:\u00a0{12}/UBND-VP");
        assertThat(Wording.numberLine(null)).matches("Số:\u00a0{12}");
        assertThat(OfficialDocument.numberAndSymbol(5, "QĐ-UBND")).isEqualTo("05/QĐ-UBND");
        assertThat(OfficialDocument.numberAndSymbol(120, "UBND-VX")).isEqualTo("120/UBND-VX");
    }

    @Test
    void punctuatesListsWithSemicolonsAndAFinalFullStop() {
        assertThat(Wording.listItems(List.of("Như trên;", "- Chủ tịch UBND tỉnh", "Lưu: VT, VP.")))
                .containsExactly("- Như trên;", "- Chủ tịch UBND tỉnh;", "- Lưu: VT, VP.");
        assertThat(Wording.listItems(List.of("Hội đồng nhân dân xã"))).containsExactly("- Hội đồng nhân dân xã.");
    }

    @Test
    void prefixesTheSubjectOfALetterOnce() {
        assertThat(Wording.letterSubject("trả lời kiến nghị")).isEqualTo("V/v trả lời kiến nghị");
        assertThat(Wording.letterSubject("V/v trả lời kiến nghị")).isEqualTo("V/v trả lời kiến nghị");
    }

    @Test
    void upperCasesVietnameseLetters() {
        assertThat(Wording.upper("Ủy ban nhân dân xã Đắk Ơ")).isEqualTo("ỦY BAN NHÂN DÂN XÃ ĐẮK Ơ");
    }
}
