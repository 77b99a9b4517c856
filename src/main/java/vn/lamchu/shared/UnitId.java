package vn.lamchu.shared;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** An organisational unit (Party committee, People's Committee, Front committee, office, board, …). */
public record UnitId(@JsonValue UUID value) {

    public UnitId {
        Objects.requireNonNull(value, "unit id");
    }

    public static UnitId of(String value) {
        return new UnitId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
