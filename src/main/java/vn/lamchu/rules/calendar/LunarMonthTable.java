package vn.lamchu.rules.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every month of the lunisolar calendar over a range of years, computed once: where each month starts, its number,
 * whether it is a leap month, and its lunar year. Conversions are then a binary search (solar → lunar) or an index
 * walk of at most 13 steps (lunar → solar).
 *
 * <p>The rules (those of the Chinese calendar since the Shixian reform of 1645, which the Vietnamese calendar keeps,
 * with its own meridian):
 * <ol>
 *   <li>A month begins on the civil day, in the calendar's time zone, that contains the instant of new moon.</li>
 *   <li>The month that contains the winter solstice (sun's apparent longitude 270°) is month 11.</li>
 *   <li>When 13 months begin between one month 11 and the next (a "leap sui"), the first of them that contains no
 *       principal solar term (trung khí: a multiple of 30° of the sun's longitude) is a leap month and repeats the
 *       number of the month before it.</li>
 *   <li>Month 1 begins the lunar year (Tết Nguyên đán).</li>
 * </ol>
 * A month [start, next start) contains a principal term exactly when the count of terms passed at the local
 * midnight that begins it differs from the count at the local midnight that begins the next month, so the sun's
 * longitude is only evaluated at month boundaries (the approach of Hồ Ngọc Đức, "Thuật toán tính âm lịch").
 *
 * <p>The Vietnamese calendar is computed for UTC+7 (the time of Hà Nội's meridian 105° E, official since 1967 in the
 * North and 1975 in the whole country); the Chinese calendar uses UTC+8. Because new moons near midnight fall on
 * different civil days, the two sometimes differ, e.g. Tết 2007 (17 Feb in Vietnam, 18 Feb in China) and 2030
 * (2 Feb vs 3 Feb).
 */
public final class LunarMonthTable {

    private static final long JULIAN_DAY_OF_EPOCH = 2440588; // JDN of 1970-01-01

    private final double utcOffsetDays;
    private final int firstYear;
    private final int lastYear;
    private final int[] start;       // epoch day of day 1 of month i; start[length - 1] ends the last month
    private final byte[] number;     // 1..12
    private final boolean[] leap;
    private final short[] year;
    private final int[] monthOneOfYear; // index of month 1 of lunar year (firstYear + i)

    /**
     * Computes the months of lunar years {@code firstYear} to {@code lastYear} for a calendar kept in the time zone
     * UTC + {@code utcOffsetHours}.
     */
    public LunarMonthTable(double utcOffsetHours, int firstYear, int lastYear) {
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("no years");
        }
        this.utcOffsetDays = utcOffsetHours / 24.0;
        this.firstYear = firstYear;
        this.lastYear = lastYear;

        long kFrom = (long) Math.floor((julianDay(LocalDate.of(firstYear - 2, 10, 1)) - Astronomy.NEW_MOON_EPOCH)
                / Astronomy.SYNODIC_MONTH);
        long kTo = (long) Math.ceil((julianDay(LocalDate.of(lastYear + 2, 1, 31)) - Astronomy.NEW_MOON_EPOCH)
                / Astronomy.SYNODIC_MONTH);
        int count = (int) (kTo - kFrom + 1);
        int[] day = new int[count];
        long[] terms = new long[count];
        for (int i = 0; i < count; i++) {
            day[i] = localEpochDay(Astronomy.newMoonJd(kFrom + i));
            terms[i] = Astronomy.principalTermCount(localMidnightJd(day[i]));
        }

        List<Integer> elevenths = new ArrayList<>();
        for (int i = 0; i + 1 < count; i++) {
            if (containsWinterSolstice(terms[i], terms[i + 1])) {
                elevenths.add(i);
            }
        }

        List<int[]> months = new ArrayList<>(); // {startEpochDay, number, leap, year}
        for (int s = 0; s + 1 < elevenths.size(); s++) {
            int a = elevenths.get(s);
            int b = elevenths.get(s + 1);
            int solsticeYear = LocalDate.ofEpochDay(day[a]).getYear();
            int leapIndex = -1;
            if (b - a == 13) {
                for (int m = a + 1; m < b; m++) {
                    if (terms[m + 1] == terms[m]) {
                        leapIndex = m;
                        break;
                    }
                }
            } else if (b - a != 12) {
                throw new IllegalStateException("a sui of " + (b - a) + " months after " + LocalDate.ofEpochDay(day[a]));
            }
            int monthNumber = 11;
            boolean newYearPassed = false;
            for (int m = a; m < b; m++) {
                boolean isLeap = m == leapIndex;
                if (m > a && !isLeap) {
                    monthNumber = monthNumber % 12 + 1;
                    newYearPassed |= monthNumber == 1;
                }
                int lunarYear = newYearPassed ? solsticeYear + 1 : solsticeYear;
                months.add(new int[]{day[m], monthNumber, isLeap ? 1 : 0, lunarYear});
            }
            if (s + 2 == elevenths.size()) {
                months.add(new int[]{day[b], 11, 0, LocalDate.ofEpochDay(day[b]).getYear()});
            }
        }

        int from = -1;
        int to = -1;
        for (int i = 0; i < months.size(); i++) {
            int[] m = months.get(i);
            if (from < 0 && m[3] == firstYear - 1 && m[1] == 11 && m[2] == 0) {
                from = i; // keep months 11 and 12 of the year before: they cover January of the first year
            }
            if (m[3] == lastYear + 1 && m[1] == 1 && m[2] == 0) {
                to = i; // month 1 of the year after only closes the range
                break;
            }
        }
        if (from < 0 || to < 0) {
            throw new IllegalStateException("range not covered");
        }
        int n = to - from;
        start = new int[n + 1];
        number = new byte[n];
        leap = new boolean[n];
        year = new short[n];
        monthOneOfYear = new int[lastYear - firstYear + 1];
        for (int i = 0; i <= n; i++) {
            int[] m = months.get(from + i);
            start[i] = m[0];
            if (i < n) {
                number[i] = (byte) m[1];
                leap[i] = m[2] == 1;
                year[i] = (short) m[3];
                if (m[1] == 1 && m[2] == 0) {
                    monthOneOfYear[m[3] - firstYear] = i;
                }
            }
        }
    }

    private static boolean containsWinterSolstice(long termsAtStart, long termsAtNextStart) {
        for (long j = termsAtStart + 1; j <= termsAtNextStart; j++) {
            if (Math.floorMod(j, 12) == 9) {
                return true;
            }
        }
        return false;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    /** The first solar date this table converts (in month 11 of the year before {@link #firstYear()}). */
    public LocalDate firstDate() {
        return LocalDate.ofEpochDay(start[0]);
    }

    /** The last solar date this table converts (the eve of Tết after {@link #lastYear()}). */
    public LocalDate lastDate() {
        return LocalDate.ofEpochDay(start[start.length - 1] - 1L);
    }

    /**
     * The lunar date of a solar date, as {year, month, day, leap (0/1)}.
     *
     * @throws IllegalArgumentException outside {@link #firstDate()} … {@link #lastDate()}
     */
    public int[] toLunar(LocalDate date) {
        long epochDay = date.toEpochDay();
        if (epochDay < start[0] || epochDay >= start[start.length - 1]) {
            throw new IllegalArgumentException("date outside the lunar table: " + date);
        }
        int i = Arrays.binarySearch(start, (int) epochDay);
        if (i < 0) {
            i = -i - 2;
        }
        return new int[]{year[i], number[i], (int) (epochDay - start[i]) + 1, leap[i] ? 1 : 0};
    }

    /**
     * The solar date of a lunar date.
     *
     * @throws IllegalArgumentException if the year is outside the table, or that month (leap or not) or that day
     *                                  does not exist in that year
     */
    public LocalDate toSolar(int lunarYear, int month, int day, boolean isLeap) {
        int i = monthIndex(lunarYear, month, isLeap);
        if (day < 1 || day > start[i + 1] - start[i]) {
            throw new IllegalArgumentException("no day " + day + " in month " + month + " of " + lunarYear);
        }
        return LocalDate.ofEpochDay(start[i] + day - 1L);
    }

    /** The number of days (29 or 30) of a month of a lunar year. */
    public int monthLength(int lunarYear, int month, boolean isLeap) {
        int i = monthIndex(lunarYear, month, isLeap);
        return start[i + 1] - start[i];
    }

    /** The leap month of a lunar year (1–12), or 0 if the year has none. */
    public int leapMonth(int lunarYear) {
        int i = monthIndex(lunarYear, lunarYear < firstYear ? 11 : 1, false);
        for (int j = i; j < number.length && year[j] == lunarYear; j++) {
            if (leap[j]) {
                return number[j];
            }
        }
        return 0;
    }

    private int monthIndex(int lunarYear, int month, boolean isLeap) {
        // The table starts with months 11 and 12 of the year before the first, which cover its January.
        if (lunarYear < firstYear - 1 || lunarYear > lastYear || month < 1 || month > 12) {
            throw new IllegalArgumentException("no month " + month + " in lunar year " + lunarYear);
        }
        int i = lunarYear < firstYear ? 0 : monthOneOfYear[lunarYear - firstYear];
        for (int j = i; j < number.length && year[j] == lunarYear; j++) {
            if (number[j] == month && leap[j] == isLeap) {
                return j;
            }
        }
        throw new IllegalArgumentException("no " + (isLeap ? "leap " : "") + "month " + month + " in lunar year " + lunarYear);
    }

    private int localEpochDay(double jd) {
        return (int) (Math.floor(jd + 0.5 + utcOffsetDays) - JULIAN_DAY_OF_EPOCH);
    }

    private double localMidnightJd(int epochDay) {
        return epochDay + JULIAN_DAY_OF_EPOCH - 0.5 - utcOffsetDays;
    }

    private static double julianDay(LocalDate date) {
        return date.toEpochDay() + JULIAN_DAY_OF_EPOCH - 0.5;
    }
}
