package vn.lamchu.rules;

import java.time.LocalDate;

import vn.lamchu.rules.calendar.LunarMonthTable;

/**
 * The Vietnamese lunar calendar (âm lịch), computed from the astronomy, for lunar years 1900–2199 (solar dates
 * from late 1899 to early 2200). Tết Nguyên đán and Giỗ Tổ Hùng Vương (10/3 âm lịch), public holidays of Bộ luật
 * Lao động 2019, Điều 112 khoản 1 điểm b and e, are dates of this calendar.
 *
 * <p>Method: new moons by Meeus' mean new moon with all periodic corrections, the sun's apparent longitude by
 * Meeus' solar coordinates (J. Meeus, <i>Astronomical Algorithms</i>, 2nd ed., 1998, ch. 49 and 25), both taken
 * to civil days in UTC+7, the time Vietnam has kept since 1967 (which is why Tết sometimes differs from the
 * Chinese New Year, kept in UTC+8: 17 Feb 2007 vs 18 Feb, 2 Feb 2030 vs 3 Feb). Months begin on the day of new
 * moon; the month holding the winter solstice is month 11; in a year with 13 months between two months 11, the
 * first month without a principal solar term (trung khí) is the leap month. See
 * {@link vn.lamchu.rules.calendar.LunarMonthTable} for the details.
 *
 * <p>Checked against the published tables of Hồ Ngọc Đức ("Âm lịch Việt Nam", 1800–2199): every day of 2000–2099
 * agrees except the 4th month of 2054, whose new moon falls within half a minute of midnight in Hà Nội, closer
 * than either computation can tell.
 *
 * <p>All methods are pure and fast: the months are computed once (about 10 ms) when the class is first used.
 */
public final class LunarCalendar {

    /** The first lunar year the calendar knows. */
    public static final int FIRST_YEAR = 1900;
    /** The last lunar year the calendar knows. */
    public static final int LAST_YEAR = 2199;
    /** Hours east of UTC of the Vietnamese calendar. */
    public static final double VIETNAM_UTC_OFFSET_HOURS = 7;

    private LunarCalendar() {
    }

    private static final class Holder {
        static final LunarMonthTable TABLE = new LunarMonthTable(VIETNAM_UTC_OFFSET_HOURS, FIRST_YEAR, LAST_YEAR);
    }

    /**
     * The lunar date of a solar date.
     *
     * @throws IllegalArgumentException outside {@link #firstDate()} … {@link #lastDate()}
     */
    public static LunarDate toLunar(LocalDate date) {
        int[] lunar = Holder.TABLE.toLunar(date);
        return new LunarDate(lunar[0], lunar[1], lunar[2], lunar[3] == 1);
    }

    /**
     * The solar date of a lunar date.
     *
     * @throws IllegalArgumentException if the year is outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}, the month is
     *                                  a leap month the year does not have, or the month has only 29 days
     */
    public static LocalDate toSolar(LunarDate date) {
        return Holder.TABLE.toSolar(date.year(), date.month(), date.day(), date.leap());
    }

    /** Tết Nguyên đán: the first day of lunar year {@code year}, in solar year {@code year}. */
    public static LocalDate newYear(int year) {
        return toSolar(LunarDate.of(year, 1, 1));
    }

    /** The last day of the lunar year before Tết of {@code year} (29 or 30 tháng Chạp). */
    public static LocalDate newYearsEve(int year) {
        return newYear(year).minusDays(1);
    }

    /** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month of {@code year} (Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e). */
    public static LocalDate hungKingsDay(int year) {
        return toSolar(LunarDate.of(year, 3, 10));
    }

    /** The leap month of a lunar year (1–12), or 0 if it has none. */
    public static int leapMonth(int year) {
        return Holder.TABLE.leapMonth(year);
    }

    /** The length (29 or 30 days) of a month of a lunar year. */
    public static int monthLength(int year, int month, boolean leap) {
        return Holder.TABLE.monthLength(year, month, leap);
    }

    /** The first solar date {@link #toLunar} accepts. */
    public static LocalDate firstDate() {
        return Holder.TABLE.firstDate();
    }

    /** The last solar date {@link #toLunar} accepts. */
    public static LocalDate lastDate() {
        return Holder.TABLE.lastDate();
    }
}
