package vn.lamchu.cases.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.RoutingAdministration;
import vn.lamchu.cases.RoutingAdministration.RouteRow;
import vn.lamchu.shared.CurrentActor;

/**
 * The routing table for administrators (RULEBOOK §13.3). A change names the version the client saw; if the row
 * changed since, the answer is 409 and nothing changes. Errors are RFC 9457 problem details, with every refused
 * field listed in {@code errors}.
 */
@RestController
@RequestMapping("/api/v1/admin/routing")
@PreAuthorize("hasAuthority('ORG_MANAGE')")
@Tag(name = "Phân công xử lý đơn / Routing table", description = "Bảng phân công đơn theo lĩnh vực, loại đơn, địa bàn")
class RoutingAdminApi {

    private final RoutingAdministration routing;
    private final CurrentActor currentActor;

    RoutingAdminApi(RoutingAdministration routing, CurrentActor currentActor) {
        this.routing = routing;
        this.currentActor = currentActor;
    }

    /** A row as sent: null category, kind or place means "any"; {@code version} is needed to change a row. */
    record RouteIn(String categoryCode, ContentKind kind, UUID placeUnitId, UUID targetUnitId, Integer priority,
                   String note, Integer version) {

        RoutingAdministration.RouteDraft draft() {
            return new RoutingAdministration.RouteDraft(categoryCode, kind, placeUnitId, targetUnitId, priority, note);
        }
    }

    record RouteJson(UUID id, String categoryCode, String categoryName, ContentKind kind, UUID placeUnitId,
                     String placeName, UUID targetUnitId, String targetName, boolean targetExists, int priority,
                     String note, int version) {

        static RouteJson of(RouteRow row) {
            var r = row.route();
            return new RouteJson(r.id(), r.categoryCode(), row.categoryName(), r.kind(), r.placeUnitId(),
                    row.placeName(), r.targetUnitId(), row.targetName(), row.targetExists(), r.priority(), r.note(),
                    r.version());
        }
    }

    record TrialJson(UUID unitId, String unitName, boolean fallback, RouteJson matched) {
    }

    @GetMapping
    @Operation(summary = "Các dòng của bảng phân công trong phạm vi quản trị, dòng cụ thể nhất trước")
    List<RouteJson> list() {
        return routing.list(currentActor.require()).stream().map(RouteJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một dòng của bảng phân công")
    RouteJson get(@PathVariable UUID id) {
        return RouteJson.of(routing.get(currentActor.require(), id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm dòng: lĩnh vực, loại đơn, địa bàn (để trống: mọi), đơn vị xử lý, mức ưu tiên")
    RouteJson create(@RequestBody RouteIn in) {
        return RouteJson.of(routing.create(currentActor.require(), in.draft()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa dòng (gửi kèm version đã đọc; 409 nếu dòng vừa bị người khác sửa)")
    RouteJson update(@PathVariable UUID id, @RequestBody RouteIn in) {
        return RouteJson.of(routing.update(currentActor.require(), id, in.version(), in.draft()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Xóa dòng, ghi lý do (gửi kèm version đã đọc)")
    void delete(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                @Parameter(description = "Lý do xóa, ghi vào nhật ký kiểm toán") @RequestParam(required = false) String reason) {
        routing.delete(currentActor.require(), id, version, reason);
    }

    @GetMapping("/try")
    @Operation(summary = "Thử: đơn thuộc lĩnh vực, loại, địa bàn này được chuyển đến đơn vị nào, theo dòng nào")
    TrialJson tryRoute(@RequestParam(required = false) String category, @RequestParam(required = false) ContentKind kind,
                       @RequestParam(required = false) UUID place) {
        RoutingAdministration.Trial trial = routing.tryRoute(currentActor.require(), category, kind, place);
        return new TrialJson(trial.unit().value(), trial.unitName(), trial.fallback(),
                trial.matched() == null ? null : RouteJson.of(trial.matched()));
    }
}
