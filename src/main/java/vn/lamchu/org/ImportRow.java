package vn.lamchu.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the typed values of one CSV row, collecting a problem for every value that cannot be read. */
final class ImportRow {

    private final CsvTable.Row row;
    private final Map<String, Integer> columns;
    private final Vocabulary vocabulary;
    private final List<ImportProblem> problems = new ArrayList<>();

    ImportRow(CsvTable.Row row, Map<String, Integer> columns, Vocabulary vocabulary) {
        this.row = row;
        this.columns = columns;
        this.vocabulary = vocabulary;
    }

    int line() {
        return row.line();
    }

    List<ImportProblem> problems() {
        return problems;
    }

    String text(String column) {
        Integer index = columns.get(column);
        return index == null ? null : row.cell(index);
    }

    LocalDate date(String column) {
        String raw = text(column);
        if (raw == null) {
            return null;
        }
        return Vocabulary.date(raw).orElseGet(() -> {
            problems.add(ImportProblem.of(row.line(), column, "import.value.date", raw));
            return null;
        });
    }

    <E extends Enum<E>> E word(String column, Class<E> type) {
        String raw = text(column);
        if (raw == null) {
            return null;
        }
        return vocabulary.parse(type, raw).orElseGet(() -> {
            problems.add(ImportProblem.of(row.line(), column, "import.value.unknown", raw));
            return null;
        });
    }

    boolean yesNo(String column) {
        String raw = text(column);
        return Vocabulary.bool(raw).orElseGet(() -> {
            problems.add(ImportProblem.of(row.line(), column, "import.value.yesNo", raw));
            return false;
        });
    }

    /** The rules' problems as problems of this line. */
    static List<ImportProblem> of(int line, List<OrgValidationException.Problem> problems) {
        return problems.stream().map(p -> new ImportProblem(line, null, p.key(),
                p.args().stream().map(String::valueOf).toList())).toList();
    }
}
