package vn.lamchu.cases;

/**
 * The legal grounds and results a proceeding's steps pick from, each with its source. Labels are
 * {@code cases.ground.TYPE.NAME} / {@code cases.result.TYPE.NAME} in the {@code cases_proceedings} bundle.
 */
public final class ProceedingGrounds {

    private ProceedingGrounds() {
    }

    /** Why a complaint is not accepted: the nine grounds of Luật Khiếu nại 2011, Điều 11. */
    public enum ComplaintRefusal {
        /** Điều 11 khoản 1: internal acts, directions, normative or secret decisions. */
        INTERNAL_OR_NORMATIVE("Luật Khiếu nại 2011, Điều 11 khoản 1"),
        /** Điều 11 khoản 2: the decision or act does not directly affect the complainant. */
        NOT_AFFECTED("Luật Khiếu nại 2011, Điều 11 khoản 2"),
        /** Điều 11 khoản 3: no legal capacity and no lawful representative. */
        NO_CAPACITY("Luật Khiếu nại 2011, Điều 11 khoản 3"),
        /** Điều 11 khoản 4: the representative is not lawful. */
        UNLAWFUL_REPRESENTATIVE("Luật Khiếu nại 2011, Điều 11 khoản 4"),
        /** Điều 11 khoản 5: the letter is not signed or fingerprinted. */
        UNSIGNED("Luật Khiếu nại 2011, Điều 11 khoản 5"),
        /** Điều 11 khoản 6: the time limit expired without good reason. */
        TIME_LIMIT_EXPIRED("Luật Khiếu nại 2011, Điều 11 khoản 6"),
        /** Điều 11 khoản 7: a second-instance decision already exists. */
        SECOND_DECISION_EXISTS("Luật Khiếu nại 2011, Điều 11 khoản 7"),
        /** Điều 11 khoản 8: suspended, and not continued within 30 days. */
        NOT_CONTINUED_AFTER_SUSPENSION("Luật Khiếu nại 2011, Điều 11 khoản 8"),
        /** Điều 11 khoản 9: a court accepted or decided the matter. */
        COURT_ACCEPTED("Luật Khiếu nại 2011, Điều 11 khoản 9");

        private final String source;

        ComplaintRefusal(String source) {
            this.source = source;
        }

        public String source() {
            return source;
        }
    }

    /** Why a denunciation is not accepted: a condition of Luật Tố cáo 2018, Điều 29 khoản 1 fails, or khoản 2. */
    public enum DenunciationRefusal {
        /** Điều 29 khoản 1 điểm a: not in the form of Điều 23. */
        FORM("Luật Tố cáo 2018, Điều 29 khoản 1 điểm a"),
        /** Điều 29 khoản 1 điểm b: the denouncer lacks legal capacity and has no representative. */
        CAPACITY("Luật Tố cáo 2018, Điều 29 khoản 1 điểm b"),
        /** Điều 29 khoản 1 điểm c: not within the recipient's competence. */
        COMPETENCE("Luật Tố cáo 2018, Điều 29 khoản 1 điểm c"),
        /** Điều 29 khoản 1 điểm d: no basis to identify the violator and the violation. */
        NO_BASIS("Luật Tố cáo 2018, Điều 29 khoản 1 điểm d"),
        /** Điều 29 khoản 2: arises from a complaint resolved correctly, without evidence against the resolver. */
        COMPLAINT_RESOLVED("Luật Tố cáo 2018, Điều 29 khoản 2");

        private final String source;

        DenunciationRefusal(String source) {
            this.source = source;
        }

        public String source() {
            return source;
        }
    }

    /** Why information with a denunciation is not processed as one (Luật Tố cáo 2018, Điều 24 khoản 3, Điều 25). */
    public enum NotProcessed {
        /** Điều 25 khoản 1: no name or address, the denouncer cannot be identified. */
        ANONYMOUS("Luật Tố cáo 2018, Điều 25 khoản 1", true),
        /** Điều 25 khoản 1: another person's name is used. */
        PSEUDONYMOUS("Luật Tố cáo 2018, Điều 25 khoản 1", true),
        /** Điều 25 khoản 1: not in the form the law requires. */
        IRREGULAR("Luật Tố cáo 2018, Điều 25 khoản 1", true),
        /** Điều 24 khoản 3: also sent to the competent body. */
        SENT_TO_COMPETENT("Luật Tố cáo 2018, Điều 24 khoản 3", false),
        /** Điều 24 khoản 3: the denouncer ignored an earlier guidance. */
        IGNORED_GUIDANCE("Luật Tố cáo 2018, Điều 24 khoản 3", false);

        private final String source;
        private final boolean checkable;

        NotProcessed(String source, boolean checkable) {
            this.source = source;
            this.checkable = checkable;
        }

        public String source() {
            return source;
        }

        /** Whether a management check (Điều 25 khoản 2) may follow. */
        public boolean checkable() {
            return checkable;
        }
    }

    /** Why a proceeding is terminated (đình chỉ). */
    public enum Termination {
        /** The complaint or the whole denunciation was withdrawn (Luật Khiếu nại 2011, Điều 10; Luật Tố cáo 2018, Điều 33, 34 khoản 3 điểm a). */
        WITHDRAWN("Luật Khiếu nại 2011, Điều 10; Luật Tố cáo 2018, Điều 34 khoản 3 điểm a", true, true),
        /** The person denounced, an individual, died and the content concerns only them (Luật Tố cáo 2018, Điều 34 khoản 3 điểm b). */
        ACCUSED_DIED("Luật Tố cáo 2018, Điều 34 khoản 3 điểm b", false, true),
        /** Already decided by a final judgment or decision (Luật Tố cáo 2018, Điều 34 khoản 3 điểm c). */
        ALREADY_DECIDED("Luật Tố cáo 2018, Điều 34 khoản 3 điểm c", false, true),
        /** The complainant died and nobody inherits the rights (Luật Khiếu nại 2011, Điều 11a, Luật số 136/2025/QH15 [U]). */
        COMPLAINANT_DIED("Luật số 136/2025/QH15 bổ sung Điều 11a Luật Khiếu nại", true, false),
        /** Suspended on the complainant's side and not continued within 30 days (Luật Khiếu nại 2011, Điều 11 khoản 8). */
        NOT_CONTINUED("Luật Khiếu nại 2011, Điều 11 khoản 8", true, false);

        private final String source;
        private final boolean complaint;
        private final boolean denunciation;

        Termination(String source, boolean complaint, boolean denunciation) {
            this.source = source;
            this.complaint = complaint;
            this.denunciation = denunciation;
        }

        public String source() {
            return source;
        }

        public boolean appliesTo(ProceedingKind kind) {
            return kind == ProceedingKind.COMPLAINT ? complaint : denunciation;
        }
    }

    /** The complaint decision's finding (Luật Khiếu nại 2011, Điều 31 khoản 2 điểm đ, Điều 40). */
    public enum ComplaintResult {
        /** The complaint is right (khiếu nại đúng): the decision is annulled or the act stopped. */
        UPHELD,
        /** The complaint is partly right (đúng một phần): the decision is amended. */
        PARTLY_UPHELD,
        /** The complaint is wrong (khiếu nại sai): the decision is upheld. */
        REJECTED
    }

    /** The denunciation's conclusion (Luật Tố cáo 2018, Điều 35 khoản 1 điểm c). */
    public enum DenunciationResult {
        /** Tố cáo đúng. */
        TRUE,
        /** Tố cáo đúng một phần. */
        PARTLY_TRUE,
        /** Tố cáo sai sự thật. */
        UNTRUE
    }
}
