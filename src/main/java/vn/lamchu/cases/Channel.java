package vn.lamchu.cases;

/**
 * How a letter reached us (nguồn đơn). Thông tư 07/2014/TT-TTCP, Điều 5 names post, handing in directly or at the
 * reception, forwarding by deputies, the Front, the press or other bodies, and passing on by leaders; later rules add the
 * web portal and online reception (RULEBOOK §2.1).
 */
public enum Channel {
    WEB, RECEPTION, VOTER_MEETING, DIALOGUE, POST, EMAIL, HOTLINE, FORWARDED, LEADER, API;

    /** Whether a citizen met in person must be told the outcome under Luật Tiếp công dân 2013, Điều 28 (rule TCD-28). */
    public boolean inPerson() {
        return this == RECEPTION || this == DIALOGUE || this == VOTER_MEETING;
    }
}
