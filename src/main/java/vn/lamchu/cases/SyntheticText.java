package vn.lamchu.cases;

import java.util.List;
import java.util.SplittableRandom;

import vn.lamchu.shared.VietnameseText;

/**
 * Vietnamese names, places and letters that read like the real ones, for synthetic data (scale runs, benchmarks):
 * people with common family and given names, hamlets and residential groups, and letters on the subjects communes
 * receive, some typed without diacritics or in capitals as people type them on a phone. Deterministic for a seed.
 */
final class SyntheticText {

    static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai", "Tạ", "Hà", "Cao");
    static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân",
            "Kim", "Công", "Thu", "Hồng", "Bảo", "Gia");
    static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa",
            "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Nhung", "Phong", "Phúc",
            "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Thủy", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến");
    /** Syllables that make commune names such as "Tân Phú", "An Khánh", "Phước Lộc". */
    static final List<String> PLACE_FIRST = List.of("Tân", "An", "Phú", "Phước", "Hòa", "Bình", "Long", "Thạnh",
            "Vĩnh", "Đông", "Tây", "Nam", "Bắc", "Trung", "Hưng", "Thuận", "Quảng", "Cẩm", "Hiệp", "Mỹ");
    static final List<String> PLACE_SECOND = List.of("Phú", "Khánh", "Lộc", "Thành", "Hưng", "Lợi", "Xuân", "Hòa",
            "Thịnh", "Điền", "Sơn", "Hải", "Tiến", "Lâm", "Mỹ", "Ninh", "Yên", "Quang", "Phong", "Đức");

    /** What people write about, per category code of the default list (CaseCategories). */
    private static final List<Subject> SUBJECTS = List.of(
            new Subject("DAT_DAI", "Tranh chấp ranh giới đất với hộ liền kề tại %s",
                    "Gia đình tôi có thửa đất số %d tờ bản đồ số %d tại %s. Hộ liền kề xây tường lấn sang khoảng %d m². "
                            + "Đề nghị UBND xã cử cán bộ địa chính xuống đo đạc, xác định lại ranh giới."),
            new Subject("DAT_DAI", "Đề nghị cấp giấy chứng nhận quyền sử dụng đất",
                    "Tôi đã nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất cho thửa số %d tờ bản đồ %d tại %s từ "
                            + "%d tháng trước nhưng chưa nhận được kết quả. Đề nghị xem xét giải quyết."),
            new Subject("BOI_THUONG_GPMB", "Khiếu nại mức bồi thường khi thu hồi đất làm đường tại %s",
                    "Gia đình tôi bị thu hồi %d m² đất nông nghiệp để làm đường. Mức bồi thường thấp hơn giá thị trường, "
                            + "chưa tính cây trồng trên đất. Đề nghị xem xét lại phương án bồi thường số %d."),
            new Subject("TRAT_TU_XAY_DUNG", "Phản ánh xây dựng không phép tại %s",
                    "Hộ gia đình ở số nhà %d, %s đang xây dựng nhà %d tầng không có giấy phép, lấn ra hành lang "
                            + "đường. Đề nghị chính quyền kiểm tra, xử lý."),
            new Subject("MOI_TRUONG", "Ô nhiễm tiếng ồn và khói bụi từ xưởng sản xuất tại %s",
                    "Xưởng sản xuất ở %s hoạt động cả ban đêm, gây tiếng ồn và khói bụi ảnh hưởng đến khoảng %d hộ dân. "
                            + "Người dân đã phản ánh %d lần nhưng chưa được xử lý."),
            new Subject("MOI_TRUONG", "Rác thải không được thu gom tại %s",
                    "Khu vực %s đã %d ngày không có xe thu gom rác, rác thải ứ đọng bốc mùi. Đề nghị bố trí thu gom "
                            + "đúng lịch, mỗi tuần %d lần."),
            new Subject("HA_TANG", "Đường giao thông xuống cấp tại %s",
                    "Tuyến đường dài khoảng %d m qua %s bị hư hỏng, nhiều ổ gà, trời mưa ngập nước. Đề nghị sửa chữa "
                            + "trước mùa mưa năm nay, đã có %d vụ tai nạn nhỏ."),
            new Subject("HA_TANG", "Mất điện kéo dài tại %s",
                    "Khu dân cư %s bị mất điện %d lần trong tháng, mỗi lần kéo dài %d giờ. Đề nghị ngành điện kiểm tra "
                            + "trạm biến áp."),
            new Subject("CHINH_SACH_NCC", "Đề nghị xem xét chế độ người có công",
                    "Bố tôi tham gia kháng chiến, có giấy tờ từ năm %d nhưng đến nay chưa được hưởng chế độ. Hồ sơ đã "
                            + "nộp tại xã %d lần. Gia đình hiện ở %s."),
            new Subject("AN_SINH", "Đề nghị xét hộ nghèo, hộ cận nghèo",
                    "Gia đình tôi ở %s có %d người, thu nhập bình quân dưới %d nghìn đồng mỗi tháng. Đề nghị xét đưa "
                            + "vào danh sách hộ cận nghèo."),
            new Subject("GIAO_DUC_Y_TE", "Thu các khoản ngoài quy định tại trường học ở %s",
                    "Đầu năm học, trường thu của mỗi học sinh %d nghìn đồng tiền cơ sở vật chất và %d khoản khác. Đề "
                            + "nghị kiểm tra các khoản thu tại trường ở %s."),
            new Subject("THU_TUC_HANH_CHINH", "Chậm trả kết quả thủ tục hành chính",
                    "Tôi nộp hồ sơ tại Bộ phận Một cửa ngày %d, hẹn trả sau %d ngày nhưng đến nay chưa có kết quả, "
                            + "không có văn bản xin lỗi. Tôi ở %s."),
            new Subject("TAC_PHONG_CAN_BO", "Cán bộ gây phiền hà khi giải quyết hồ sơ",
                    "Khi làm thủ tục tại xã, cán bộ yêu cầu bổ sung giấy tờ %d lần, có ý gợi ý chi phí %d nghìn đồng. "
                            + "Tôi là người dân ở %s."),
            new Subject("DONG_GOP_QUY", "Thu quỹ không đúng quy định tại %s",
                    "Thôn thu của mỗi hộ %d nghìn đồng làm đường và %d nghìn đồng quỹ khác, không công khai thu chi. "
                            + "Đề nghị kiểm tra việc thu quỹ ở %s."),
            new Subject("AN_SINH", "Chậm chi trả trợ cấp xã hội",
                    "Mẹ tôi %d tuổi thuộc diện hưởng trợ cấp xã hội nhưng đã %d tháng chưa nhận được tiền. Gia đình "
                            + "ở %s."));

    record Subject(String category, String title, String body) {
    }

    record Letter(String category, String title, String body) {
    }

    private SyntheticText() {
    }

    static String personName(SplittableRandom random) {
        String family = pick(random, FAMILY);
        String middle = pick(random, MIDDLE);
        String given = pick(random, GIVEN);
        return random.nextInt(10) == 0 ? family + " " + given : family + " " + middle + " " + given;
    }

    /** A commune-level name; every fifth one a ward (phường). */
    static String communeName(SplittableRandom random) {
        String first = pick(random, PLACE_FIRST);
        String second = pick(random, PLACE_SECOND);
        while (second.equals(first)) {
            second = pick(random, PLACE_SECOND);
        }
        return (random.nextInt(5) == 0 ? "Phường " : "Xã ") + first + " " + second;
    }

    /** A hamlet (thôn, ấp) or residential group (tổ dân phố) of a commune. */
    static String locality(SplittableRandom random, String commune) {
        String kind = switch (random.nextInt(3)) {
            case 0 -> "Thôn " + (1 + random.nextInt(12));
            case 1 -> "Ấp " + pick(random, PLACE_FIRST) + " " + pick(random, PLACE_SECOND);
            default -> "Tổ dân phố " + (1 + random.nextInt(20));
        };
        return kind + ", " + commune.toLowerCase(java.util.Locale.ROOT).charAt(0)
                + commune.substring(1);
    }

    static String phone(SplittableRandom random) {
        String[] prefixes = {"090", "091", "093", "094", "096", "097", "098", "086", "088", "032", "035", "039"};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%07d", random.nextInt(10_000_000));
    }

    /**
     * A letter about a place: a quarter typed without diacritics, a few in capitals without punctuation, as the
     * public writes on a phone.
     */
    static Letter letter(SplittableRandom random, String place) {
        Subject s = pick(random, SUBJECTS);
        String title = fill(s.title(), random, place);
        String body = fill(s.body(), random, place);
        int style = random.nextInt(100);
        if (style < 25) {
            title = VietnameseText.fold(title);
            body = VietnameseText.fold(body);
        } else if (style < 28) {
            body = body.toUpperCase(java.util.Locale.ROOT).replace(".", "").replace(",", "");
        }
        return new Letter(s.category(), title, body);
    }

    private static String fill(String template, SplittableRandom random, String place) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length()) {
                char f = template.charAt(i + 1);
                out.append(f == 's' ? place : String.valueOf(2 + random.nextInt(f == 'd' ? 300 : 10)));
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
