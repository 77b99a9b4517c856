package vn.lamchu.cases;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import vn.lamchu.shared.DomainException;

/** Identifies a case within its tenant. */
public record CaseId(@JsonValue UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Reads a case id from a URL path.
     *
     * @throws DomainException ({@code cases.error.caseId}) if it is not a UUID
     */
    public static CaseId of(String text) {
        try {
            return new CaseId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("cases.error.caseId");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
