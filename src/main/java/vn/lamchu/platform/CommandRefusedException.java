package vn.lamchu.platform;

/** An operations command will not go on (wrong arguments, a precondition not met); the message key says why. */
class CommandRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    CommandRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
