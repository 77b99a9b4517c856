package vn.lamchu.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import vn.lamchu.rules.CalendarDay;
import vn.lamchu.rules.DayKind;
import vn.lamchu.shared.DomainException;

class CachedWorkingCalendarTests {

    /** The calendar tables of one "database", held in memory. */
    static final class FakeStore extends CalendarStore {
        long revision = 1;
        int reads;
        final Map<Integer, YearRow> years = new HashMap<>();
        final Map<Integer, List<CalendarDay>> days = new HashMap<>();

        FakeStore() {
            super(null);
        }

        void put(int year, boolean announced, String legalBasis, CalendarDay... list) {
            years.put(year, new YearRow(year, announced, legalBasis, 1, Instant.EPOCH, "test"));
            days.put(year, new ArrayList<>(List.of(list)));
            revision++;
        }

        @Override
        long revision() {
            return revision;
        }

        @Override
        Optional<YearRow> year(int year) {
            reads++;
            return Optional.ofNullable(years.get(year));
        }

        @Override
        List<CalendarDay> days(int year) {
            return days.getOrDefault(year, List.of());
        }
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static CalendarDay day(String date, DayKind kind, String name) {
        return new CalendarDay(date(date), kind, name, "Thông báo 9441/TB-BNV ngày 16/10/2025");
    }

    private final FakeStore store = new FakeStore();
    private final CachedWorkingCalendar calendar = new CachedWorkingCalendar(store, new HolidayDefaults(List.of()));

    /** Part of the announced 2026: 1/1 with the swap of Friday 2/1 for Saturday 10/1, and Tết 16–20/2. */
    private void store2026() {
        store.put(2026, true, "Thông báo 9441/TB-BNV ngày 16/10/2025",
                day("2026-01-01", DayKind.PUBLIC_HOLIDAY, "Tết Dương lịch"),
                day("2026-01-02", DayKind.SWAPPED_DAY_OFF, "Nghỉ hoán đổi, làm bù thứ Bảy 10/01/2026"),
                day("2026-01-10", DayKind.WORKING_DAY, "Làm bù cho ngày nghỉ thứ Sáu 02/01/2026"),
                day("2026-02-16", DayKind.PUBLIC_HOLIDAY, "Tết Nguyên đán (29 tháng Chạp)"),
                day("2026-02-17", DayKind.PUBLIC_HOLIDAY, "Tết Nguyên đán (mùng 1 Tết)"),
                day("2026-02-18", DayKind.PUBLIC_HOLIDAY, "Tết Nguyên đán (mùng 2 Tết)"),
                day("2026-02-19", DayKind.PUBLIC_HOLIDAY, "Tết Nguyên đán (mùng 3 Tết)"),
                day("2026-02-20", DayKind.PUBLIC_HOLIDAY, "Tết Nguyên đán (mùng 4 Tết)"));
    }

    @Test
    void tellsTheKindNameAndSourceOfEveryDay() {
        store2026();
        assertThat(calendar.day(date("2026-02-17"))).isEqualTo(day("2026-02-17", DayKind.PUBLIC_HOLIDAY, "Tết Nguyên đán (mùng 1 Tết)"));
        assertThat(calendar.day(date("2026-01-10"))).satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DayKind.WORKING_DAY);
            assertThat(d.name()).startsWith("Làm bù");
        });
        assertThat(calendar.isWorkingDay(date("2026-01-10"))).isTrue();
        assertThat(calendar.day(date("2026-01-11"))).isEqualTo(new CalendarDay(date("2026-01-11"), DayKind.WEEKEND, null, null));
        assertThat(calendar.day(date("2026-03-02"))).isEqualTo(new CalendarDay(date("2026-03-02"), DayKind.WORKING_DAY, null, null));
        assertThat(calendar.isAnnounced(2026)).isTrue();
    }

    @Test
    void aYearWithoutStoredListUsesTheComputedDefault() {
        assertThat(calendar.isAnnounced(2031)).isFalse();
        assertThat(calendar.day(LocalDate.of(2031, 1, 1)).kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        assertThat(calendar.year(2031).version()).isZero();
        assertThat(calendar.year(2031).stored()).isFalse();
    }

    @Test
    void addsWorkingDaysAcrossTetAndTheNewYear() {
        store2026();
        // Friday before Tết + 1 working day = Monday after the 9-day break.
        assertThat(calendar.plusWorkingDays(date("2026-02-13"), 1)).isEqualTo("2026-02-23");
        // 31/12/2025 + 1: 1/1 holiday, 2/1 swapped, 3–4/1 weekend.
        assertThat(calendar.plusWorkingDays(date("2025-12-31"), 1)).isEqualTo("2026-01-05");
        // the worked Saturday counts.
        assertThat(calendar.plusWorkingDays(date("2026-01-09"), 1)).isEqualTo("2026-01-10");
        assertThat(calendar.plusWorkingDays(date("2026-02-23"), -1)).isEqualTo("2026-02-13");
        assertThat(calendar.plusWorkingDays(date("2026-01-05"), -1)).isEqualTo("2025-12-31");
        assertThat(calendar.plusWorkingDays(date("2026-01-05"), 0)).isEqualTo("2026-01-05");
        // The example of the Javadoc: within 5 working days of Friday 14 Feb 2025.
        assertThat(calendar.plusWorkingDays(date("2025-02-14"), 5)).isEqualTo("2025-02-21");
    }

    @Test
    void findsTheNextAndPreviousWorkingDay() {
        store2026();
        assertThat(calendar.nextWorkingDay(date("2026-02-14"))).isEqualTo("2026-02-23");
        assertThat(calendar.nextWorkingDay(date("2026-02-23"))).isEqualTo("2026-02-23");
        assertThat(calendar.nextWorkingDay(date("2025-12-31"))).isEqualTo("2025-12-31");
        assertThat(calendar.nextWorkingDay(date("2026-01-01"))).isEqualTo("2026-01-05");
        assertThat(calendar.previousWorkingDay(date("2026-01-04"))).isEqualTo("2025-12-31");
        assertThat(calendar.previousWorkingDay(date("2026-02-22"))).isEqualTo("2026-02-13");
    }

    @Test
    void countsWorkingDaysInHalfOpenRanges() {
        store2026();
        assertThat(calendar.countWorkingDays(date("2026-02-13"), date("2026-02-24"))).isEqualTo(2);
        assertThat(calendar.countWorkingDays(date("2026-02-24"), date("2026-02-13"))).isEqualTo(-2);
        assertThat(calendar.countWorkingDays(date("2026-03-02"), date("2026-03-02"))).isZero();
        assertThat(calendar.countWorkingDays(date("2025-12-29"), date("2026-01-13"))).isEqualTo(3 + 5 + 1 + 1);
        assertThat(calendar.countWorkingDays(date("2199-12-01"), date("2200-01-01"))).isEqualTo(
                calendar.year(2199).workingDayCount() - calendar.countWorkingDays(date("2199-01-01"), date("2199-12-01")));
    }

    @Property(tries = 300)
    void plusWorkingDaysAgreesWithCountingDayByDay(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = -400, max = 400) int n) {
        LocalDate end = calendar.plusWorkingDays(start, n);
        int stepped = 0;
        LocalDate day = start;
        while (stepped < Math.abs(n)) {
            day = n > 0 ? day.plusDays(1) : day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                stepped++;
            }
        }
        assertThat(end).isEqualTo(day);
        if (n > 0) {
            assertThat(calendar.countWorkingDays(start.plusDays(1), end.plusDays(1))).isEqualTo(n);
        }
    }

    @Property(tries = 300)
    void nextWorkingDayIsTheFirstWorkingDayOnOrAfter(@ForAll("dates") LocalDate date) {
        LocalDate next = calendar.nextWorkingDay(date);
        assertThat(calendar.isWorkingDay(next)).isTrue();
        assertThat(calendar.countWorkingDays(date, next)).isZero();
        LocalDate previous = calendar.previousWorkingDay(date);
        assertThat(calendar.isWorkingDay(previous)).isTrue();
        assertThat(calendar.countWorkingDays(previous, date.plusDays(1))).isEqualTo(1);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1902, 1, 1).toEpochDay(), LocalDate.of(2197, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Test
    void refusesDatesOutsideTheCalendar() {
        assertThatThrownBy(() -> calendar.day(LocalDate.of(2200, 1, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("calendar.error.outOfRange"));
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2199, 12, 30), 10))
                .isInstanceOf(DomainException.class);
    }

    /** Another node's change: invisible until the background check reads the new revision, then reloaded once. */
    @Test
    void seesAChangeMadeElsewhereAfterTheRevisionCheck() {
        store2026();
        calendar.refresh();
        assertThat(calendar.day(date("2026-11-24")).kind()).isEqualTo(DayKind.WORKING_DAY);
        int readsBefore = store.reads;

        store.days.get(2026).add(new CalendarDay(date("2026-11-24"), DayKind.PUBLIC_HOLIDAY, "Ngày Văn hóa Việt Nam",
                "Bộ luật Lao động sửa đổi"));
        store.revision++;
        assertThat(calendar.day(date("2026-11-24")).kind()).as("not yet checked").isEqualTo(DayKind.WORKING_DAY);

        calendar.refresh();
        assertThat(calendar.day(date("2026-11-24"))).satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
            assertThat(d.name()).isEqualTo("Ngày Văn hóa Việt Nam");
        });
        calendar.day(date("2026-11-25"));
        assertThat(store.reads - readsBefore).as("one reload").isEqualTo(1);
    }

    @Test
    void forgetsEverythingWhenTheRevisionGoesBack() {
        store2026();
        calendar.refresh();
        assertThat(calendar.day(date("2026-02-17")).kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        store.years.remove(2026);
        store.revision = 0; // a restored backup
        calendar.refresh();
        assertThat(calendar.day(date("2026-02-17")).source()).startsWith(HolidayDefaults.COMPUTED_DEFAULT);
    }
}
