package vn.lamchu.rules;

/**
 * How sure the RULEBOOK is of a rule (RULEBOOK §0.1). A rule tagged {@link #UNCONFIRMED} (or listed in RULEBOOK §16)
 * is configurable: an administrator may correct its values in place once the official text is checked.
 */
public enum Confidence {
    /** [V] verified verbatim against the text of the law. */
    VERIFIED("V"),
    /** [S] a secondary source that quotes or summarises the text. */
    SECONDARY("S"),
    /** [M] from memory or general knowledge, not verified. */
    MEMORY("M"),
    /** [U] could not be confirmed, or the source is doubtful. */
    UNCONFIRMED("U");

    private final String tag;

    Confidence(String tag) {
        this.tag = tag;
    }

    /** The one-letter tag used in the RULEBOOK and stored in the database. */
    public String tag() {
        return tag;
    }

    /** Whether the RULEBOOK could not confirm the rule from the text of the law ([M] or [U]). */
    public boolean unconfirmed() {
        return this == MEMORY || this == UNCONFIRMED;
    }

    public static Confidence ofTag(String tag) {
        for (Confidence c : values()) {
            if (c.tag.equals(tag)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown confidence tag " + tag);
    }
}
