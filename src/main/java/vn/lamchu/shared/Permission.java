package vn.lamchu.shared;

/**
 * What an account may do. Roles (in {@code identity}) grant permissions; pages and API endpoints check them with
 * {@code @PreAuthorize("hasAuthority('…')")}. What an account may see is further limited to its unit's subtree
 * within its tenant ({@link CurrentActor}).
 */
public enum Permission {
    /** See the office dashboard. */
    OFFICE_ACCESS,
    /** Read units, jurisdictions, people and posts. */
    ORG_READ,
    /** Create and change units, people and posts; import them; record reorganisations. */
    ORG_MANAGE,
    /** Create accounts, assign roles, unlock. */
    ACCOUNT_MANAGE,
    /** Read the audit log. */
    AUDIT_READ,
    /** Verify the audit chain. */
    AUDIT_VERIFY,
    /** Change legal rule versions and the holiday calendar. */
    RULES_MANAGE,
    /** Receive letters and citizens at the reception desk. */
    CASE_RECEIVE,
    /** Handle cases assigned to the account or its unit. */
    CASE_HANDLE,
    /** Approve and sign outgoing decisions and answers. */
    CASE_APPROVE,
    /** See a denouncer's protected identity, after stating a reason (every reveal audited). */
    DENOUNCER_IDENTITY_REVEAL,
    /** Fatherland Front supervision and social critique. */
    SUPERVISION_MANAGE,
    /** People's Inspection Board work. */
    INSPECTION_BOARD_WORK,
    /** Party organisation work: commitments, reviews, ratings. */
    PARTY_ORGANISATION_WORK,
    /** Party inspection and discipline. */
    PARTY_INSPECTION_WORK,
    /** A deputy's voter meetings and opinions. */
    DEPUTY_WORK,
    /** Statistics and reports. */
    REPORT_READ
}
