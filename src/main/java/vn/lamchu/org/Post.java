package vn.lamchu.org;

/**
 * The vocabulary of posts (chức vụ) people hold in units. The Vietnamese label is the post's canonical name, used in
 * default titles and to read CSV files; pages show the labels of the {@code i18n/org} bundle ({@code post.NAME}).
 * A {@link #singleHolder() single-holder} post has at most one holder in a unit at any time.
 */
public enum Post {
    SECRETARY("Bí thư", true),
    DEPUTY_SECRETARY("Phó Bí thư", false),
    STANDING_COMMITTEE_MEMBER("Ủy viên Ban Thường vụ", false),
    CHAIR("Chủ tịch", true),
    VICE_CHAIR("Phó Chủ tịch", false),
    HEAD("Trưởng ban", true),
    DEPUTY_HEAD("Phó Trưởng ban", false),
    CHIEF_OF_OFFICE("Chánh Văn phòng", true),
    DEPUTY_CHIEF_OF_OFFICE("Phó Chánh Văn phòng", false),
    DIRECTOR("Giám đốc", true),
    DEPUTY_DIRECTOR("Phó Giám đốc", false),
    CHIEF_INSPECTOR("Chánh Thanh tra", true),
    MEMBER("Ủy viên", false),
    DEPUTY("Đại biểu HĐND", false),
    OFFICER("Công chức", false),
    EMPLOYEE("Viên chức, nhân viên", false),
    VILLAGE_HEAD("Trưởng thôn, Tổ trưởng tổ dân phố", true);

    private final String vietnameseLabel;
    private final boolean singleHolder;

    Post(String vietnameseLabel, boolean singleHolder) {
        this.vietnameseLabel = vietnameseLabel;
        this.singleHolder = singleHolder;
    }

    public String vietnameseLabel() {
        return vietnameseLabel;
    }

    /** Whether only one person may hold this post in a unit at a time (the head of the unit). */
    public boolean singleHolder() {
        return singleHolder;
    }
}
