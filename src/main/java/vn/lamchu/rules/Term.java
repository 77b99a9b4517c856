package vn.lamchu.rules;

import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One duration of a rule: "30 ngày", "10 ngày làm việc", "ít nhất 15 ngày trước", "trước ngày 31 tháng 12",
 * "ít nhất 1 ngày mỗi tuần", with the extensions the law allows ("gia hạn một lần nhưng không quá 30 ngày").
 *
 * @param kind               what the date means
 * @param amount             how many units (days, working days, months …; times or days per period for
 *                           {@link TermKind#AT_LEAST_PER_PERIOD}); 0 for a fixed date
 * @param unit               the unit; null for a fixed date
 * @param fixedDate          the day of the year for {@link TermKind#BY_FIXED_DATE}, else null
 * @param fixedDateExclusive whether the law says "trước ngày" (before that day), so that the last day is the day before
 * @param extensionsAllowed  how many extensions the law allows (0 = none)
 * @param extensionAmount    the longest extension, in {@code unit}
 */
public record Term(TermKind kind, int amount, PeriodUnit unit, MonthDay fixedDate, boolean fixedDateExclusive,
                   int extensionsAllowed, int extensionAmount) {

    /** The longest duration any rule may have, to keep arithmetic and loops bounded. */
    public static final int MAX_AMOUNT = 3660;
    /** The most extensions any rule may allow. */
    public static final int MAX_EXTENSIONS = 10;

    public Term {
        Objects.requireNonNull(kind, "kind");
        if (kind == TermKind.BY_FIXED_DATE) {
            Objects.requireNonNull(fixedDate, "fixed date");
            if (unit != null || amount != 0) {
                throw new IllegalArgumentException("a fixed date has no amount or unit");
            }
        } else {
            Objects.requireNonNull(unit, "unit");
            if (fixedDate != null || fixedDateExclusive) {
                throw new IllegalArgumentException("only a fixed-date term has a fixed date");
            }
            if (amount < 1 || amount > MAX_AMOUNT) {
                throw new IllegalArgumentException("amount must be 1.." + MAX_AMOUNT + ": " + amount);
            }
            if (!allowedUnits(kind).contains(unit)) {
                throw new IllegalArgumentException(kind + " cannot be counted in " + unit);
            }
        }
        if (extensionsAllowed < 0 || extensionsAllowed > MAX_EXTENSIONS) {
            throw new IllegalArgumentException("extensions allowed must be 0.." + MAX_EXTENSIONS);
        }
        if (extensionsAllowed > 0 && (kind != TermKind.WITHIN || extensionAmount < 1 || extensionAmount > MAX_AMOUNT)) {
            throw new IllegalArgumentException("only a WITHIN term has extensions, each of 1.." + MAX_AMOUNT);
        }
        if (extensionsAllowed == 0 && extensionAmount != 0) {
            throw new IllegalArgumentException("an extension length needs extensions allowed");
        }
    }

    /** The units in which a kind of term may be counted. */
    public static Set<PeriodUnit> allowedUnits(TermKind kind) {
        return switch (kind) {
            case WITHIN -> EnumSet.allOf(PeriodUnit.class);
            case AT_LEAST_BEFORE -> EnumSet.of(PeriodUnit.CALENDAR_DAYS, PeriodUnit.WORKING_DAYS);
            case AT_LEAST_LASTING -> EnumSet.of(PeriodUnit.CALENDAR_DAYS);
            case BY_FIXED_DATE -> EnumSet.noneOf(PeriodUnit.class);
            case AT_LEAST_PER_PERIOD -> EnumSet.of(PeriodUnit.WEEKS, PeriodUnit.MONTHS, PeriodUnit.YEARS);
        };
    }

    public static Term within(int amount, PeriodUnit unit) {
        return new Term(TermKind.WITHIN, amount, unit, null, false, 0, 0);
    }

    public static Term withinExtensible(int amount, PeriodUnit unit, int extensionsAllowed, int extensionAmount) {
        return new Term(TermKind.WITHIN, amount, unit, null, false, extensionsAllowed, extensionAmount);
    }

    public static Term atLeastBefore(int amount, PeriodUnit unit) {
        return new Term(TermKind.AT_LEAST_BEFORE, amount, unit, null, false, 0, 0);
    }

    public static Term atLeastLasting(int amount) {
        return new Term(TermKind.AT_LEAST_LASTING, amount, PeriodUnit.CALENDAR_DAYS, null, false, 0, 0);
    }

    public static Term byFixedDate(MonthDay date, boolean exclusive) {
        return new Term(TermKind.BY_FIXED_DATE, 0, null, date, exclusive, 0, 0);
    }

    public static Term atLeastPerPeriod(int amount, PeriodUnit period) {
        return new Term(TermKind.AT_LEAST_PER_PERIOD, amount, period, null, false, 0, 0);
    }

    /** The duration after {@code extensions} extensions of the longest allowed length. */
    public int amountWith(int extensions) {
        return amount + extensions * extensionAmount;
    }
}
