package vn.lamchu.shared;

/** The actor is not allowed to do this. Shown as 403. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
