package vn.lamchu.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Official documents as the cases module will write them, with every kind of Vietnamese letter. */
final class DocumentSamples {

    static final LocalDate DATE = LocalDate.of(2026, 11, 23);
    /** Letters with two diacritics and Đ: if one of them is missing from the font, it shows in the text. */
    static final String HARD_LETTERS = "Đặng Thị Thắm, ở xóm Bắc, hỏi về thửa đất của ông Nguyễn Hữu Lực "
            + "(cụ thể: ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ Ắ Ặ Ễ Ự Ỹ Đ đ).";

    private DocumentSamples() {
    }

    /** A phiếu chuyển đơn of a commune to a provincial department: type name, one addressee, two pages of body. */
    static OfficialDocument forwardingSlip() {
        return forwardingSlip(List.of(
                "Ngày 20 tháng 11 năm 2026, Ủy ban nhân dân xã Tân Phú nhận được đơn khiếu nại của bà Đặng Thị Thắm, "
                        + "địa chỉ: thôn Bắc Sơn, xã Tân Phú, tỉnh Hòa An.",
                "Nội dung đơn: " + HARD_LETTERS,
                "Căn cứ Điều 8 Thông tư số 05/2021/TT-TTCP ngày 01 tháng 10 năm 2021 của Thanh tra Chính phủ, Ủy ban "
                        + "nhân dân xã Tân Phú chuyển đơn đến Sở Nông nghiệp và Môi trường tỉnh Hòa An để xem xét, giải "
                        + "quyết theo thẩm quyền và thông báo kết quả cho người có đơn."));
    }

    static OfficialDocument forwardingSlip(List<String> paragraphs) {
        return new OfficialDocument(
                "UBND tỉnh Hòa An",
                "Ủy ban nhân dân xã Tân Phú",
                "15/PC-UBND",
                "Tân Phú",
                DATE,
                "Phiếu chuyển đơn",
                "Về việc chuyển đơn khiếu nại của bà Đặng Thị Thắm",
                List.of("Sở Nông nghiệp và Môi trường tỉnh Hòa An"),
                paragraphs,
                List.of("Như trên", "Bà Đặng Thị Thắm (để biết)", "Lưu: VT, VP"),
                "TM. Ủy ban nhân dân",
                "Chủ tịch",
                "Nguyễn Văn Mười",
                "Mã tra cứu: LC-7K2M-9QXD-4HTR");
    }

    /** A công văn (no type name) to several addressees, with a "V/v" subject and no number yet. */
    static OfficialDocument officialLetter() {
        return new OfficialDocument(
                null,
                "Ủy ban nhân dân xã Tân Phú",
                "/UBND-VP",
                "Tân Phú",
                LocalDate.of(2026, 2, 5),
                null,
                "trả lời kiến nghị của cử tri thôn Bắc Sơn",
                List.of("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Phú", "Hội đồng nhân dân xã Tân Phú"),
                List.of("Ủy ban nhân dân xã Tân Phú nhận được kiến nghị của cử tri thôn Bắc Sơn về việc sửa chữa "
                        + "đường giao thông nội đồng. Ủy ban nhân dân xã trả lời như sau: tuyến đường được đưa vào kế "
                        + "hoạch đầu tư công năm 2027."),
                List.of("Như trên", "Lưu: VT"),
                "KT. Chủ tịch",
                "Phó Chủ tịch",
                null,
                null);
    }

    /** Only what the record requires: no number, type, addressee, recipient or signer; a very long body name. */
    static OfficialDocument bare() {
        return new OfficialDocument(null, "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Phú, tỉnh Hòa An",
                null, "Tân Phú", DATE, null, null, null, List.of("Nội dung duy nhất."), null, null, null, null, null);
    }

    /** About two pages of body text. */
    static OfficialDocument twoPages() {
        List<String> paragraphs = new ArrayList<>(forwardingSlip().paragraphs());
        for (int i = 1; i <= 8; i++) {
            paragraphs.add("Đoạn " + i + ": Người tiếp công dân ghi đầy đủ họ tên, địa chỉ, nội dung vụ việc; "
                    + "hướng dẫn người khiếu nại gửi đơn đến đúng cơ quan có thẩm quyền giải quyết, trả lại giấy tờ, "
                    + "tài liệu là bản gốc và thông báo bằng văn bản nếu vụ việc đã được giải quyết đúng pháp luật.");
        }
        return forwardingSlip(paragraphs);
    }
}
