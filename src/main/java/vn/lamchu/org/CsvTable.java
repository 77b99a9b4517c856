package vn.lamchu.org;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.VietnameseText;

/**
 * A CSV file as people export it from a spreadsheet: UTF-8 with or without a byte-order mark, {@code ;} or {@code ,}
 * as separator (whichever the header line uses more), a header row, quoted fields, blank lines skipped. Every value
 * is NFC-normalised and trimmed; an empty value is null.
 *
 * @param header the header cells as written
 * @param rows   the data rows with the line they start on (line 1 is the header)
 */
record CsvTable(List<String> header, List<Row> rows) {

    record Row(int line, List<String> cells) {

        String cell(int index) {
            return index < 0 || index >= cells.size() ? null : cells.get(index);
        }
    }

    /**
     * @throws DomainException {@code import.file.notUtf8} if the bytes are not UTF-8, {@code import.file.empty} if
     *                         there is no header, {@code import.file.unreadable} if the quoting is broken
     */
    static CsvTable parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw DomainException.invalid("import.file.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw DomainException.invalid("import.file.empty");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator(text))
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            long line = 1;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(VietnameseText.normalizeOrNull(value));
                }
                int startLine = (int) line;
                line = parser.getCurrentLineNumber() + 1;
                if (cells.stream().allMatch(c -> c == null)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(new Row(startLine, cells));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw DomainException.invalid("import.file.unreadable");
        }
        if (header == null) {
            throw DomainException.invalid("import.file.empty");
        }
        return new CsvTable(header, rows);
    }

    /** {@code ;} or {@code ,}: whichever occurs more often outside quotes in the first line. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }
}
