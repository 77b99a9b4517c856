package vn.lamchu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.lamchu.shared.DomainException;

class CsvTableTests {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsSemicolonsWithAByteOrderMark() {
        CsvTable table = CsvTable.parse(utf8("\uFEFFma_don_vi;ten_don_vi\nTP-X;Phòng A, B\n"));
        assertThat(table.header()).containsExactly("ma_don_vi", "ten_don_vi");
        assertThat(table.rows()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.cells()).containsExactly("TP-X", "Phòng A, B");
        });
    }

    @Test
    void readsCommasAndQuotedFields() {
        CsvTable table = CsvTable.parse(utf8("ma,ten\r\nTP-X,\"Phòng Kinh tế, Hạ tầng\"\r\n"));
        assertThat(table.rows().get(0).cells()).containsExactly("TP-X", "Phòng Kinh tế, Hạ tầng");
    }

    @Test
    void normalisesToNfcAndTrims() {
        String decomposed = Normalizer.normalize("Phường Bình Minh", Normalizer.Form.NFD);
        CsvTable table = CsvTable.parse(utf8("ten\n  " + decomposed + "  \n"));
        assertThat(table.rows().get(0).cells().get(0)).isEqualTo("Phường Bình Minh");
    }

    @Test
    void countsLinesAsTheSpreadsheetShowsThem() {
        CsvTable table = CsvTable.parse(utf8("a;b\n1;2\n\n3;\"x\ny\"\n4;5\n"));
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4, 6);
        assertThat(table.rows().get(1).cell(1)).as("white space collapsed like every input").isEqualTo("x y");
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] windows1258 = {'t', 'e', 'n', '\n', (byte) 0xD0, (byte) 0xE0};
        assertThatThrownBy(() -> CsvTable.parse(windows1258)).isInstanceOf(DomainException.class)
                .hasMessage("import.file.notUtf8");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> CsvTable.parse(utf8("\uFEFF \n"))).hasMessage("import.file.empty");
    }
}
