package vn.lamchu.org;

import java.util.List;

import vn.lamchu.shared.DomainException;

/**
 * Input the organisation rules refuse, with every problem found (not only the first), each tied to the field it
 * concerns, so that a form can show each message next to its field and the API can list them all (400).
 */
public class OrgValidationException extends DomainException {

    private final transient List<Problem> problems;

    public OrgValidationException(List<Problem> problems) {
        super(Kind.INVALID, problems.get(0).key(), problems.get(0).args().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Throws if there is any problem. */
    static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new OrgValidationException(problems);
        }
    }

    /**
     * One thing wrong with the input.
     *
     * @param field the input field, as named in forms and in the JSON of the API ({@code code}, {@code validTo} …)
     * @param key   the message key in the {@code i18n/org} bundle
     * @param args  the message's arguments
     */
    public record Problem(String field, String key, List<Object> args) {

        public static Problem of(String field, String key, Object... args) {
            return new Problem(field, key, List.of(args));
        }
    }
}
