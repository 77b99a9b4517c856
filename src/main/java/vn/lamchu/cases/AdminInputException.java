package vn.lamchu.cases;

import java.util.ArrayList;
import java.util.List;

import vn.lamchu.shared.DomainException;

/**
 * Input to the routing table or the subject categories that the rules refuse, with every problem found, each tied to
 * the field it concerns: a form shows each message next to its field, the API lists them all (400).
 */
public class AdminInputException extends DomainException {

    private final transient List<Problem> problems;

    public AdminInputException(List<Problem> problems) {
        super(Kind.INVALID, problems.get(0).key(), problems.get(0).args().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One thing wrong with the input.
     *
     * @param field the field as named in the forms and in the API's JSON ({@code targetUnitId}, {@code nameVi} …)
     * @param key   the message key in the {@code i18n/cases_admin} bundle
     */
    public record Problem(String field, String key, List<Object> args) {

        public static Problem of(String field, String key, Object... args) {
            return new Problem(field, key, List.of(args));
        }
    }

    /** Collects problems and throws them all at once. */
    static final class Collector {

        private final List<Problem> problems = new ArrayList<>();

        void add(String field, String key, Object... args) {
            problems.add(Problem.of(field, key, args));
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new AdminInputException(problems);
            }
        }
    }
}
