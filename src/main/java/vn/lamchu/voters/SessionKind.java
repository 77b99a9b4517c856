package vn.lamchu.voters;

/** The kinds of People's Council session (kỳ họp): regular, thematic, extraordinary (RULEBOOK §6). */
public enum SessionKind {
    REGULAR, THEMATIC, EXTRAORDINARY
}
