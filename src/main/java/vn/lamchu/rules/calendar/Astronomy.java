package vn.lamchu.rules.calendar;

/**
 * The two astronomical quantities a Chinese-type lunisolar calendar needs: the instants of new moon and the sun's
 * apparent longitude. Times are Julian Days; {@code JDE} is in Terrestrial (Dynamical) Time, {@code JD} in Universal
 * Time.
 *
 * <p>Method: Jean Meeus, <i>Astronomical Algorithms</i>, 2nd ed. (Willmann-Bell 1998):
 * <ul>
 *   <li>chapter 49, "Phases of the Moon": the mean new moon with all periodic terms and the fourteen planetary
 *       arguments (error within about half a minute against the ELP-2000 lunar theory for our centuries);</li>
 *   <li>chapter 25, "Solar Coordinates", low-accuracy method: geometric mean longitude, equation of the centre,
 *       aberration and the main nutation term (error within about 0.01°, some fifteen minutes of the sun's motion);</li>
 *   <li>ΔT = TT − UT from the polynomial expressions of Espenak &amp; Meeus (NASA, "Five Millennium Canon of Solar
 *       Eclipses", 2006), whose error here is a few seconds.</li>
 * </ul>
 */
public final class Astronomy {

    /** Mean length of the synodic month in days (Meeus 49.1). */
    public static final double SYNODIC_MONTH = 29.530588861;
    /** JDE of the mean new moon of k = 0 (6 January 2000). */
    public static final double NEW_MOON_EPOCH = 2451550.09766;
    static final double J2000 = 2451545.0;

    private Astronomy() {
    }

    /**
     * The instant of the {@code k}-th new moon after (before, if negative) the one of 6 January 2000, as a JDE.
     * Meeus chapter 49.
     */
    public static double newMoonJde(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        double c = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);

        double planetary = 0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2)
                + 0.000165 * sinDeg(251.88 + 0.016321 * k)
                + 0.000164 * sinDeg(251.83 + 26.651886 * k)
                + 0.000126 * sinDeg(349.42 + 36.412478 * k)
                + 0.000110 * sinDeg(84.66 + 18.206239 * k)
                + 0.000062 * sinDeg(141.74 + 53.303771 * k)
                + 0.000060 * sinDeg(207.14 + 2.453732 * k)
                + 0.000056 * sinDeg(154.84 + 7.306860 * k)
                + 0.000047 * sinDeg(34.52 + 27.261239 * k)
                + 0.000042 * sinDeg(207.19 + 0.121824 * k)
                + 0.000040 * sinDeg(291.34 + 1.844379 * k)
                + 0.000037 * sinDeg(161.72 + 24.198154 * k)
                + 0.000035 * sinDeg(239.56 + 25.513099 * k)
                + 0.000023 * sinDeg(331.55 + 3.592518 * k);
        return jde + c + planetary;
    }

    /** The instant of the {@code k}-th new moon in Universal Time (JD). */
    public static double newMoonJd(long k) {
        double jde = newMoonJde(k);
        return jde - deltaTSeconds(yearOf(jde)) / 86400.0;
    }

    /**
     * The sun's apparent geocentric longitude in degrees at the instant {@code jde}, <em>not</em> reduced to
     * [0, 360): the value grows by 360 a year, so {@code floor(value / 30)} counts the principal solar terms
     * (trung khí) passed since the epoch. Meeus chapter 25, low-accuracy method.
     */
    public static double sunLongitudeUnwrapped(double jde) {
        double t = (jde - J2000) / 36525.0;
        double t2 = t * t;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
        double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t2);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = rad(125.04 - 1934.136 * t);
        return l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
    }

    /** The sun's apparent longitude in degrees, in [0, 360), at the Universal Time {@code jd}. */
    public static double sunLongitude(double jd) {
        double lambda = sunLongitudeUnwrapped(jd + deltaTSeconds(yearOf(jd)) / 86400.0) % 360.0;
        return lambda < 0 ? lambda + 360.0 : lambda;
    }

    /** The number of principal solar terms (multiples of 30° of apparent longitude) passed at Universal Time {@code jd}. */
    public static long principalTermCount(double jd) {
        return (long) Math.floor(sunLongitudeUnwrapped(jd + deltaTSeconds(yearOf(jd)) / 86400.0) / 30.0);
    }

    /**
     * ΔT = TT − UT in seconds for a decimal year: Espenak &amp; Meeus (2006), valid 1800–2150 (and their
     * long-term parabola outside).
     */
    public static double deltaTSeconds(double y) {
        if (y < 1800 || y >= 2150) {
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u;
        }
        if (y < 1860) {
            double t = y - 1800;
            return 13.72 - 0.332447 * t + 0.0068612 * t * t + 0.0041116 * Math.pow(t, 3) - 0.00037436 * Math.pow(t, 4)
                    + 0.0000121272 * Math.pow(t, 5) - 0.0000001699 * Math.pow(t, 6) + 0.000000000875 * Math.pow(t, 7);
        }
        if (y < 1900) {
            double t = y - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * Math.pow(t, 3) - 0.0004473624 * Math.pow(t, 4)
                    + Math.pow(t, 5) / 233174;
        }
        if (y < 1920) {
            double t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * Math.pow(t, 3) - 0.000197 * Math.pow(t, 4);
        }
        if (y < 1941) {
            double t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * Math.pow(t, 3);
        }
        if (y < 1961) {
            double t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + Math.pow(t, 3) / 2547;
        }
        if (y < 1986) {
            double t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - Math.pow(t, 3) / 718;
        }
        if (y < 2005) {
            double t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.pow(t, 3) + 0.000651814 * Math.pow(t, 4)
                    + 0.00002373599 * Math.pow(t, 5);
        }
        if (y < 2050) {
            double t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }

    /** The decimal year of a Julian Day, close enough for ΔT. */
    static double yearOf(double jd) {
        return 2000.0 + (jd - J2000) / 365.25;
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360.0);
    }

    private static double sinDeg(double degrees) {
        return Math.sin(rad(degrees));
    }
}
