package vn.lamchu.shared;

import java.util.List;

/**
 * A request the domain refuses, with a message key (resolved in the user's language) and its arguments.
 * {@link Kind#INVALID} is shown as 400, {@link Kind#CONFLICT} (an illegal transition, a stale version) as 409.
 */
public class DomainException extends RuntimeException {

    public enum Kind { INVALID, CONFLICT }

    private final Kind kind;
    private final String messageKey;
    private final List<Object> arguments;

    public DomainException(Kind kind, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public static DomainException invalid(String messageKey, Object... arguments) {
        return new DomainException(Kind.INVALID, messageKey, arguments);
    }

    public static DomainException conflict(String messageKey, Object... arguments) {
        return new DomainException(Kind.CONFLICT, messageKey, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
