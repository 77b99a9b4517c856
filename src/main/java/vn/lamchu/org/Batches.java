package vn.lamchu.org;

import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts many rows with JDBC batches of {@value #SIZE} (the driver rewrites each batch into multi-row inserts). */
final class Batches {

    static final int SIZE = 500;

    private Batches() {
    }

    static <T> void insert(JdbcTemplate jdbc, String sql, List<T> rows, Function<T, Object[]> values) {
        for (int i = 0; i < rows.size(); i += SIZE) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + SIZE)).stream().map(values).toList());
        }
    }
}
