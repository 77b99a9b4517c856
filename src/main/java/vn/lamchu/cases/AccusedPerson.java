package vn.lamchu.cases;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import vn.lamchu.shared.UnitId;

/**
 * The person denounced in a denunciation (or a letter that contains one), as staff recorded it: a staff account of the
 * tenant and/or a name and position in free text (for people without an account), with who is therefore conflicted.
 *
 * @param accountId    the accused's account, or null
 * @param accountName  that account's display name when recorded
 * @param name         free-text name, or null
 * @param position     free-text position, or null
 * @param accusedUnit  the account's unit when recorded, or null
 * @param leading      whether the accused leads that unit (UNIT_LEADER or any role with CASE_APPROVE)
 * @param conflicted   who must not handle, list or read the case
 */
public record AccusedPerson(UUID accountId, String accountName, String name, String position, UnitId accusedUnit,
                            boolean leading, Conflicted conflicted, Instant recordedAt, String recordedBy) {

    /**
     * Who is conflicted by an accusation: the accused's account, and when the accused leads a unit every account and
     * every unit of its subtree (whoever works there later is conflicted too, through the unit).
     */
    public record Conflicted(Set<UUID> accounts, Set<UnitId> units) {

        public static final Conflicted NONE = new Conflicted(Set.of(), Set.of());

        public Conflicted {
            accounts = Set.copyOf(accounts);
            units = Set.copyOf(units);
        }

        /** Whether someone with this account, working in this unit, is conflicted. */
        public boolean concerns(UUID account, UnitId unit) {
            return account != null && accounts.contains(account) || unit != null && units.contains(unit);
        }
    }

    /** How the accused is named on pages: the account's name, else the free text; with the position if given. */
    public String label() {
        String who = accountName != null ? accountName : name;
        return position == null ? who : who + " (" + position + ")";
    }
}
