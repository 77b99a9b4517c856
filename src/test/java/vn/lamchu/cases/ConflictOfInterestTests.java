package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.lamchu.identity.StaffDirectory.StaffMember;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.UnitId;

/** Who an accusation conflicts (Luật Tố cáo 2018, Điều 12 khoản 1): the accused, and a leader's whole subtree. */
class ConflictOfInterestTests {

    static final UnitId COMMITTEE = new UnitId(UUID.randomUUID());
    static final UnitId OFFICE = new UnitId(UUID.randomUUID());
    static final UUID LEADER = UUID.randomUUID();
    static final UUID OFFICER = UUID.randomUUID();
    static final UUID CLERK = UUID.randomUUID();

    static final Map<UnitId, Set<UnitId>> SUBTREES = Map.of(COMMITTEE, Set.of(COMMITTEE, OFFICE), OFFICE, Set.of(OFFICE));
    static final Map<UnitId, List<UUID>> STAFF = Map.of(COMMITTEE, List.of(LEADER), OFFICE, List.of(OFFICER, CLERK));

    static StaffMember member(UUID id, UnitId unit, Permission... permissions) {
        return new StaffMember(id, "u", "Người", null, unit, Set.copyOf(EnumSet.of(Permission.OFFICE_ACCESS, permissions)));
    }

    static AccusedPerson.Conflicted conflictedBy(StaffMember accused) {
        return ConflictOfInterest.conflictedBy(accused, SUBTREES::get, STAFF::get);
    }

    @Test
    void aLeaderAndEveryoneInTheSubtreeHeLeadsAreConflicted() {
        AccusedPerson.Conflicted conflicted = conflictedBy(member(LEADER, COMMITTEE, Permission.CASE_HANDLE,
                Permission.CASE_APPROVE));

        assertThat(conflicted.accounts()).containsExactlyInAnyOrder(LEADER, OFFICER, CLERK);
        assertThat(conflicted.units()).containsExactlyInAnyOrder(COMMITTEE, OFFICE);
    }

    @Test
    void anOrdinaryOfficerIsConflictedAloneNotHisColleaguesNorHisUnit() {
        AccusedPerson.Conflicted conflicted = conflictedBy(member(OFFICER, OFFICE, Permission.CASE_HANDLE));

        assertThat(conflicted.accounts()).containsExactly(OFFICER);
        assertThat(conflicted.units()).isEmpty();
        assertThat(conflicted.concerns(CLERK, OFFICE)).isFalse();
    }

    @Test
    void anyoneWhoMayApproveLeadsEvenWithoutTheLeaderRole() {
        assertThat(ConflictOfInterest.leads(member(OFFICER, OFFICE, Permission.CASE_APPROVE))).isTrue();
        assertThat(ConflictOfInterest.leads(member(OFFICER, OFFICE, Permission.CASE_HANDLE, Permission.ORG_MANAGE)))
                .isFalse();
    }

    @Test
    void someoneJoiningAConflictedUnitLaterIsConflictedThroughTheUnit() {
        AccusedPerson.Conflicted conflicted = conflictedBy(member(LEADER, COMMITTEE, Permission.CASE_APPROVE));

        assertThat(conflicted.concerns(UUID.randomUUID(), OFFICE)).isTrue();
        assertThat(conflicted.concerns(UUID.randomUUID(), new UnitId(UUID.randomUUID()))).isFalse();
        assertThat(AccusedPerson.Conflicted.NONE.concerns(LEADER, COMMITTEE)).isFalse();
    }
}
