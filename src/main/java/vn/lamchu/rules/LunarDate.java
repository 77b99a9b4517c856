package vn.lamchu.rules;

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * @param year  the lunar year, numbered like the solar year in which it begins (Tết Bính Ngọ 2026 begins lunar
 *              year 2026)
 * @param month 1–12; a leap month repeats the number of the month before it
 * @param day   1–30
 * @param leap  whether the month is the year's leap month (tháng nhuận)
 */
public record LunarDate(int year, int month, int day, boolean leap) {

    private static final String[] STEMS = {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
    private static final String[] BRANCHES = {"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu",
            "Tuất", "Hợi"};

    /** @throws IllegalArgumentException if the month or day is out of range (the year is checked on conversion) */
    public LunarDate {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("not a lunar date: " + year + "/" + month + "/" + day);
        }
    }

    /** A date in an ordinary (not leap) month. */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    /** The name of the lunar year in the sexagenary cycle (Can Chi), e.g. "Bính Ngọ" for 2026. */
    public String yearName() {
        return yearName(year);
    }

    /** The name of a lunar year in the sexagenary cycle (Can Chi): 1984 was Giáp Tý. */
    public static String yearName(int year) {
        return STEMS[Math.floorMod(year + 6, 10)] + " " + BRANCHES[Math.floorMod(year + 8, 12)];
    }

    /** "10/3" or "10/3 nhuận" followed by the year, as Vietnamese write lunar dates: "10/3/2026" is Giỗ Tổ 2026. */
    @Override
    public String toString() {
        return day + "/" + month + (leap ? " nhuận" : "") + "/" + year;
    }
}
