package vn.lamchu.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Suspension periods sorted and merged, for quick "is the clock stopped on this day" checks. */
final class Suspensions {

    static final Suspensions NONE = new Suspensions(new long[0], new long[0]);

    private final long[] from;
    private final long[] to;

    private Suspensions(long[] from, long[] to) {
        this.from = from;
        this.to = to;
    }

    static Suspensions of(List<Suspension> periods) {
        if (periods.isEmpty()) {
            return NONE;
        }
        List<Suspension> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Suspension::from));
        long[] f = new long[sorted.size()];
        long[] t = new long[sorted.size()];
        int n = 0;
        for (Suspension s : sorted) {
            long a = s.from().toEpochDay();
            long b = s.to().toEpochDay();
            if (n > 0 && a <= t[n - 1] + 1) {
                t[n - 1] = Math.max(t[n - 1], b);
            } else {
                f[n] = a;
                t[n] = b;
                n++;
            }
        }
        return new Suspensions(java.util.Arrays.copyOf(f, n), java.util.Arrays.copyOf(t, n));
    }

    boolean isEmpty() {
        return from.length == 0;
    }

    boolean contains(LocalDate date) {
        if (from.length == 0) {
            return false;
        }
        long day = date.toEpochDay();
        for (int i = 0; i < from.length; i++) {
            if (day < from[i]) {
                return false;
            }
            if (day <= to[i]) {
                return true;
            }
        }
        return false;
    }

    /** How many days of (after, until] are suspended. */
    long daysWithin(LocalDate after, LocalDate until) {
        long a = after.toEpochDay() + 1;
        long b = until.toEpochDay();
        long total = 0;
        for (int i = 0; i < from.length; i++) {
            long lo = Math.max(a, from[i]);
            long hi = Math.min(b, to[i]);
            if (hi >= lo) {
                total += hi - lo + 1;
            }
        }
        return total;
    }
}
