package vn.lamchu.cases.web;

import java.util.List;

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
import vn.lamchu.cases.CaseCategory;
import vn.lamchu.cases.CategoryAdministration;
import vn.lamchu.cases.CategoryAdministration.CategoryRow;
import vn.lamchu.shared.CurrentActor;

/**
 * The subject categories for administrators (RULEBOOK §13.4). Changes need a tenant-wide administrator (403
 * otherwise) and the version the client saw (409 if the category changed since). Errors are RFC 9457 problem
 * details, with every refused field listed in {@code errors}.
 */
@RestController
@RequestMapping("/api/v1/admin/categories")
@PreAuthorize("hasAuthority('ORG_MANAGE')")
@Tag(name = "Lĩnh vực đơn thư / Categories", description = "Danh mục lĩnh vực, thời hạn trả lời riêng, phản ánh về quy định hành chính")
class CategoryAdminApi {

    private final CategoryAdministration categories;
    private final CurrentActor currentActor;

    CategoryAdminApi(CategoryAdministration categories, CurrentActor currentActor) {
        this.categories = categories;
        this.currentActor = currentActor;
    }

    /**
     * A category as sent; {@code version} is needed to change one.
     *
     * @param regulation feedback on administrative regulations: its result is published by law (Nghị định
     *                   20/2008/NĐ-CP)
     * @param answerDays working days to answer feedback of this category; null: the PAKN-answer rule
     */
    record CategoryIn(String code, String nameVi, String nameEn, Boolean regulation, Integer answerDays,
                      Integer sortOrder, Boolean active, Integer version) {

        CategoryAdministration.CategoryDraft draft() {
            return new CategoryAdministration.CategoryDraft(code, nameVi, nameEn, regulation, answerDays, sortOrder,
                    active);
        }
    }

    record CategoryJson(String code, String nameVi, String nameEn, boolean regulation, Integer answerDays,
                        int sortOrder, boolean active, int version, int cases, int routes) {

        static CategoryJson of(CategoryRow row) {
            CaseCategory c = row.category();
            return new CategoryJson(c.code(), c.nameVi(), c.nameEn(), c.regulation(), c.answerDays(), c.sortOrder(),
                    c.active(), row.version(), row.cases(), row.routes());
        }
    }

    @GetMapping
    @Operation(summary = "Mọi lĩnh vực (cả lĩnh vực đã ngừng dùng), với số hồ sơ và số dòng phân công dùng lĩnh vực")
    List<CategoryJson> list() {
        return categories.list(currentActor.require()).stream().map(CategoryJson::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một lĩnh vực")
    CategoryJson get(@PathVariable String code) {
        return CategoryJson.of(categories.get(currentActor.require(), code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm lĩnh vực (quản trị toàn tỉnh)")
    CategoryJson create(@RequestBody CategoryIn in) {
        return CategoryJson.of(categories.create(currentActor.require(), in.draft()));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Sửa tên, đánh dấu phản ánh về quy định hành chính, thời hạn trả lời riêng, thứ tự, còn dùng "
            + "(gửi kèm version đã đọc; 409 nếu vừa bị người khác sửa)")
    CategoryJson update(@PathVariable String code, @RequestBody CategoryIn in) {
        return CategoryJson.of(categories.update(currentActor.require(), code, in.version(), in.draft()));
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Xóa lĩnh vực chưa được hồ sơ hay dòng phân công nào dùng (409 nếu đang dùng: hãy ngừng dùng)")
    void delete(@PathVariable String code, @RequestParam(required = false) Integer version,
                @Parameter(description = "Lý do xóa, ghi vào nhật ký kiểm toán") @RequestParam(required = false) String reason) {
        categories.delete(currentActor.require(), code, version, reason);
    }
}
