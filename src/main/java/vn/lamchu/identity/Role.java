package vn.lamchu.identity;

import static vn.lamchu.shared.Permission.*;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import vn.lamchu.shared.Permission;

/**
 * The roles staff hold. A role grants permissions; where an account may use them is limited by its unit's subtree.
 * Labels are in the {@code i18n/identity} bundle as {@code role.NAME}.
 */
public enum Role {
    RECEPTION_OFFICER(OFFICE_ACCESS, ORG_READ, CASE_RECEIVE),
    HANDLING_OFFICER(OFFICE_ACCESS, ORG_READ, CASE_RECEIVE, CASE_HANDLE),
    UNIT_LEADER(OFFICE_ACCESS, ORG_READ, CASE_HANDLE, CASE_APPROVE, REPORT_READ),
    FRONT_STAFF(OFFICE_ACCESS, ORG_READ, CASE_RECEIVE, SUPERVISION_MANAGE, REPORT_READ),
    INSPECTION_BOARD_MEMBER(OFFICE_ACCESS, ORG_READ, CASE_RECEIVE, INSPECTION_BOARD_WORK),
    PARTY_ORGANISATION_STAFF(OFFICE_ACCESS, ORG_READ, PARTY_ORGANISATION_WORK, REPORT_READ),
    INSPECTION_COMMITTEE_STAFF(OFFICE_ACCESS, ORG_READ, PARTY_INSPECTION_WORK, CASE_HANDLE),
    DEPUTY(OFFICE_ACCESS, ORG_READ, DEPUTY_WORK, CASE_RECEIVE),
    ADMINISTRATOR(OFFICE_ACCESS, ORG_READ, ORG_MANAGE, ACCOUNT_MANAGE, RULES_MANAGE, AUDIT_READ, AUDIT_VERIFY, REPORT_READ),
    AUDITOR(OFFICE_ACCESS, ORG_READ, AUDIT_READ, AUDIT_VERIFY, REPORT_READ);

    private final Set<Permission> permissions;

    Role(Permission... permissions) {
        this.permissions = Set.copyOf(EnumSet.of(permissions[0], permissions));
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public static Set<Permission> permissionsOf(Collection<Role> roles) {
        EnumSet<Permission> all = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> all.addAll(role.permissions));
        return all;
    }
}
