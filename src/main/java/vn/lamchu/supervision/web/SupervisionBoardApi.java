package vn.lamchu.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.UnitId;
import vn.lamchu.supervision.BoardMembers;
import vn.lamchu.supervision.Critiques;
import vn.lamchu.supervision.SupervisionBody;
import vn.lamchu.supervision.Supervisions;

/** REST API of the People's Inspection Board's members and of the Front's social critique. */
@RestController
@Tag(name = "Giám sát của nhân dân / Supervision")
class SupervisionBoardApi {

    record MemberRequest(String fullName, BoardMembers.Position position, String village, LocalDate termFrom,
                         LocalDate termTo) {
    }

    record DraftRequest(UUID draftingUnitId, String draftTitle, LocalDate receivedOn, LocalDate submissionOn,
                        Critiques.Form form) {
    }

    record TextRequest(String text, LocalDate date) {
    }

    private final Supervisions supervisions;
    private final BoardMembers members;
    private final Critiques critiques;
    private final CurrentActor currentActor;
    private final Clock clock;

    SupervisionBoardApi(Supervisions supervisions, BoardMembers members, Critiques critiques, CurrentActor currentActor,
                        Clock clock) {
        this.supervisions = supervisions;
        this.members = members;
        this.critiques = critiques;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/api/v1/supervision/board/members")
    @PreAuthorize("hasAnyAuthority('INSPECTION_BOARD_WORK', 'SUPERVISION_MANAGE')")
    @Operation(summary = "Thành viên Ban Thanh tra nhân dân đang trong nhiệm kỳ")
    List<BoardMembers.Member> members() {
        Actor actor = currentActor.require();
        return members.serving(actor.tenantId(), board(actor), LegalTime.today(clock));
    }

    @PostMapping("/api/v1/supervision/board/members")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('INSPECTION_BOARD_WORK', 'SUPERVISION_MANAGE')")
    @Operation(summary = "Thêm thành viên Ban Thanh tra nhân dân (họ tên, chức danh, thôn, nhiệm kỳ)")
    BoardMembers.Member addMember(@RequestBody MemberRequest r) {
        Actor actor = currentActor.require();
        return members.add(actor, board(actor), r.fullName(), r.position(), r.village(), r.termFrom(), r.termTo());
    }

    @GetMapping("/api/v1/supervision/critiques")
    @PreAuthorize("hasAuthority('SUPERVISION_MANAGE')")
    @Operation(summary = "Dự thảo nhận để phản biện xã hội")
    List<Critiques.Critique> critiques() {
        return critiques.inScope(currentActor.require());
    }

    @PostMapping("/api/v1/supervision/critiques")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('SUPERVISION_MANAGE')")
    @Operation(summary = "Nhận dự thảo để phản biện (PBXH-draft: ít nhất 15 ngày trước khi trình — Luật MTTQ Điều 36)")
    Critiques.Critique receive(@RequestBody DraftRequest r) {
        Actor actor = currentActor.require();
        UnitId front = supervisions.ownUnit(actor, SupervisionBody.FRONT)
                .orElseThrow(() -> DomainException.invalid("supervision.error.ownerMissing"));
        return critiques.receive(actor, front, r.draftingUnitId() == null ? null : new UnitId(r.draftingUnitId()),
                r.draftTitle(), r.receivedOn(), r.submissionOn(), r.form());
    }

    @PostMapping("/api/v1/supervision/critiques/{id}/opinion")
    @PreAuthorize("hasAuthority('SUPERVISION_MANAGE')")
    @Operation(summary = "Ghi ý kiến phản biện của Mặt trận")
    Critiques.Critique opinion(@PathVariable UUID id, @RequestBody TextRequest r) {
        return critiques.critique(currentActor.require(), id, r.text(), r.date());
    }

    @PostMapping("/api/v1/supervision/critiques/{id}/reply")
    @PreAuthorize("hasAuthority('SUPERVISION_MANAGE')")
    @Operation(summary = "Ghi văn bản trả lời của cơ quan soạn thảo")
    Critiques.Critique reply(@PathVariable UUID id, @RequestBody TextRequest r) {
        return critiques.reply(currentActor.require(), id, r.text(), r.date());
    }

    private UnitId board(Actor actor) {
        return supervisions.ownUnit(actor, SupervisionBody.INSPECTION_BOARD)
                .orElseThrow(() -> DomainException.invalid("supervision.error.ownerMissing"));
    }
}
