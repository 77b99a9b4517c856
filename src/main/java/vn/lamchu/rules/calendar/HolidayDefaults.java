package vn.lamchu.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.lamchu.rules.CalendarDay;
import vn.lamchu.rules.DayKind;
import vn.lamchu.rules.LunarCalendar;
import vn.lamchu.rules.LunarDate;

/**
 * The special days of a year before the government announces it: the public holidays of the Labour Code in force
 * that year, with the days the Prime Minister chooses each year filled in by the usual pattern, and a compensatory
 * day off for every holiday on a weekend.
 *
 * <p>Bộ luật Lao động 2019 (in force from 1/1/2021), Điều 112 khoản 1: (a) Tết Dương lịch, 1 day, 1/1; (b) Tết Âm
 * lịch, 5 days; (c) Ngày Chiến thắng, 1 day, 30/4; (d) Ngày Quốc tế lao động, 1 day, 1/5; (đ) Quốc khánh, 2 days,
 * 2/9 and one day next to it, before or after; (e) Giỗ Tổ Hùng Vương, 1 day, 10/3 âm lịch. Khoản 3: every year the
 * Prime Minister decides which days (b) and (đ) are. Điều 111 khoản 3: a weekly day off that coincides with one of
 * these holidays is given back on the next working day.
 *
 * <p>Defaults chosen for what the Prime Minister decides:
 * <ul>
 *   <li>Tết: the last day of the old lunar year and the first four days of the new one (as announced for 2026,
 *       Thông báo 9441/TB-BNV; other years chose other days, so a year's announcement always replaces this);</li>
 *   <li>the second National Day: the neighbour of 2/9 that joins the break to a weekend — 1/9 when 2/9 is a Tuesday,
 *       Wednesday, Friday or Saturday, 3/9 when it is a Monday, Thursday or Sunday. This reproduces every year
 *       announced since the second day was introduced (2021–2026).</li>
 * </ul>
 *
 * <p>Earlier years follow the code then in force, approximated by calendar year: Bộ luật Lao động 2012, Điều 115
 * (from 2013: Tết 5 days, Quốc khánh 1 day) with compensatory days under Điều 110 khoản 3; before 2013 Bộ luật Lao
 * động 1994, Điều 73 (Tết 4 days: the last day of the year and the first three; Giỗ Tổ Hùng Vương from 2007, by
 * the amendment of 2007).
 *
 * <p>Extra fixed-date holidays not yet in verified law come from {@link CalendarProperties#extraHolidays()}.
 */
public final class HolidayDefaults {

    /** Starts the source of every day whose date is a default the government may still change. */
    public static final String COMPUTED_DEFAULT = "Mặc định tính toán (chưa có thông báo của Chính phủ)";

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<CalendarProperties.ExtraHoliday> extraHolidays;

    public HolidayDefaults(List<CalendarProperties.ExtraHoliday> extraHolidays) {
        this.extraHolidays = List.copyOf(extraHolidays);
    }

    /** Saturday and Sunday: the weekly rest of state bodies. */
    public static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** The computed special days of {@code year}, in date order. */
    public List<CalendarDay> forYear(int year) {
        Code code = Code.of(year);
        Map<LocalDate, CalendarDay> holidays = new TreeMap<>();
        add(holidays, LocalDate.of(year, 1, 1), "Tết Dương lịch", code.point("a"));

        LocalDate tet = LunarCalendar.newYear(year);
        int daysBefore = 1;
        int daysAfter = code.tetDays - daysBefore;
        String tetSource = code.tetChosenByPrimeMinister ? COMPUTED_DEFAULT + " – " + code.point("b") : code.point("b");
        for (int i = -daysBefore; i < daysAfter; i++) {
            LocalDate day = tet.plusDays(i);
            LunarDate lunar = LunarCalendar.toLunar(day);
            String name = i < 0 ? "Tết Nguyên đán (" + lunar.day() + " tháng Chạp)" : "Tết Nguyên đán (mùng " + lunar.day() + " Tết)";
            add(holidays, day, name, tetSource);
        }
        if (year >= 2007) {
            add(holidays, LunarCalendar.hungKingsDay(year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", code.point("e"));
        }
        add(holidays, LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)", code.point("c"));
        add(holidays, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)", code.point("d"));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        add(holidays, nationalDay, "Quốc khánh (2/9)", code.point("đ"));
        if (code.nationalDayDays == 2) {
            LocalDate neighbour = secondNationalDay(year);
            add(holidays, neighbour, "Quốc khánh (ngày liền kề " + neighbour.getDayOfMonth() + "/9)",
                    COMPUTED_DEFAULT + " – " + code.point("đ"));
        }
        for (CalendarProperties.ExtraHoliday extra : extraHolidays) {
            if (extra.appliesTo(year)) {
                add(holidays, LocalDate.of(year, extra.month(), extra.day()), extra.name(), extra.source());
            }
        }

        List<CalendarDay> result = new ArrayList<>(holidays.values());
        for (CalendarDay holiday : holidays.values()) {
            if (isWeekend(holiday.date())) {
                LocalDate day = holiday.date().plusDays(1);
                while (isWeekend(day) || holidays.containsKey(day) || contains(result, day)) {
                    day = day.plusDays(1);
                }
                result.add(new CalendarDay(day, DayKind.COMPENSATORY_DAY_OFF,
                        "Nghỉ bù cho " + holiday.name() + " trùng ngày nghỉ hằng tuần " + DAY_MONTH.format(holiday.date()),
                        code.compensation));
            }
        }
        result.sort(Comparator.comparing(CalendarDay::date));
        return List.copyOf(result);
    }

    /**
     * The default second day of the National Day holiday (Điều 112 khoản 1 điểm đ): the neighbour of 2/9 that joins
     * the break to a weekend.
     */
    static LocalDate secondNationalDay(int year) {
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        return switch (nationalDay.getDayOfWeek()) {
            case MONDAY, THURSDAY, SUNDAY -> nationalDay.plusDays(1);
            default -> nationalDay.minusDays(1);
        };
    }

    private static void add(Map<LocalDate, CalendarDay> holidays, LocalDate date, String name, String source) {
        // Two holidays on one date (Giỗ Tổ on 30/4 can happen) stay one day off: the law gives no extra day for it.
        holidays.merge(date, new CalendarDay(date, DayKind.PUBLIC_HOLIDAY, name, source),
                (first, second) -> new CalendarDay(date, DayKind.PUBLIC_HOLIDAY, first.name() + "; " + second.name(),
                        first.source()));
    }

    private static boolean contains(List<CalendarDay> days, LocalDate date) {
        for (CalendarDay day : days) {
            if (day.date().equals(date)) {
                return true;
            }
        }
        return false;
    }

    /** The Labour Code whose holiday list applies to a year. */
    private enum Code {
        LC2019("Bộ luật Lao động 2019, Điều 112 khoản 1 điểm ", "Bộ luật Lao động 2019, Điều 111 khoản 3", 5, 2, true),
        LC2012("Bộ luật Lao động 2012, Điều 115 khoản 1 điểm ", "Bộ luật Lao động 2012, Điều 110 khoản 3", 5, 1, true),
        LC1994("Bộ luật Lao động 1994 (sửa đổi 2002, 2007), Điều 73", "Bộ luật Lao động 1994 (sửa đổi 2002, 2007), Điều 73", 4, 1, false);

        final String article;
        final String compensation;
        final int tetDays;
        final int nationalDayDays;
        final boolean tetChosenByPrimeMinister;

        Code(String article, String compensation, int tetDays, int nationalDayDays, boolean tetChosenByPrimeMinister) {
            this.article = article;
            this.compensation = compensation;
            this.tetDays = tetDays;
            this.nationalDayDays = nationalDayDays;
            this.tetChosenByPrimeMinister = tetChosenByPrimeMinister;
        }

        static Code of(int year) {
            return year >= 2021 ? LC2019 : year >= 2013 ? LC2012 : LC1994;
        }

        String point(String letter) {
            return this == LC1994 ? article : article + letter;
        }
    }
}
