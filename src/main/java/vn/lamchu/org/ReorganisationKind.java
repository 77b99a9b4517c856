package vn.lamchu.org;

/**
 * What a reorganisation does to units (RULEBOOK §13; the 2025 rearrangement of commune-level units is the model).
 * Labels are in the {@code i18n/org} bundle as {@code reorg.kind.NAME}.
 */
public enum ReorganisationKind {
    /** Several units end and one unit (existing or new) succeeds them all. */
    MERGE,
    /** One unit ends and several units (existing or new) succeed it. */
    SPLIT,
    /** A unit takes a new name from a date; it stays the same unit. */
    RENAME,
    /** A unit ends, with or without successors. */
    ABOLISH,
    /** A new unit begins. */
    ESTABLISH,
    /** A unit is placed under another parent from a date; it stays the same unit. */
    MOVE
}
