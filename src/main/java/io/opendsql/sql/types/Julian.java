package io.opendsql.sql.types;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** PostgreSQL's calendar arithmetic: Julian day numbers and the 2000-01-01 epoch. */
final class Julian {
    static final int POSTGRES_EPOCH_JDATE = 2451545;
    static final long EPOCH_DAY_2000 = 10957;
    static final long EPOCH_SECOND_2000 = EPOCH_DAY_2000 * 86400L;
    static final long MICROS_PER_DAY = 86_400_000_000L;
    static final long MIN_TIMESTAMP = -211813488000000000L;
    static final long END_TIMESTAMP = 9223371331200000000L;
    static final int DATE_END_JULIAN = 2147483494;
    static final int JULIAN_MINYEAR = -4713;
    static final int JULIAN_MAXYEAR = 5874898;

    private Julian() {
    }

    static int date2j(int year, int month, int day) {
        long y = year;
        long m = month;
        if (m > 2) {
            m += 1;
            y += 4800;
        } else {
            m += 13;
            y += 4799;
        }
        long century = y / 100;
        long julian = y * 365 - 32167;
        julian += y / 4 - century + century / 4;
        julian += 7834 * m / 256 + day;
        return (int) julian;
    }

    /** Year (0 = 1 BC), month and day of a Julian day number. */
    static int[] j2date(int jd) {
        long julian = Integer.toUnsignedLong(jd);
        julian += 32044;
        long quad = julian / 146097;
        long extra = (julian - quad * 146097) * 4 + 3;
        julian += 60 + quad * 3 + extra / 146097;
        quad = julian / 1461;
        julian -= quad * 1461;
        long y = julian * 4 / 1461;
        julian = ((y != 0) ? ((julian + 305) % 365) : ((julian + 306) % 366)) + 123;
        y += quad * 4;
        int year = (int) (y - 4800);
        quad = julian * 2141 / 65536;
        int day = (int) (julian - 7834 * quad / 256);
        int month = (int) ((quad + 10) % 12 + 1);
        return new int[] {year, month, day};
    }

    static boolean isValidJulian(int year, int month) {
        return (year > JULIAN_MINYEAR || (year == JULIAN_MINYEAR && month >= 11))
                && (year < JULIAN_MAXYEAR || (year == JULIAN_MAXYEAR && month < 6));
    }

    static boolean isValidDate(long days) {
        return days >= -POSTGRES_EPOCH_JDATE && days < DATE_END_JULIAN - POSTGRES_EPOCH_JDATE;
    }

    static boolean isValidTimestamp(long micros) {
        return micros >= MIN_TIMESTAMP && micros < END_TIMESTAMP;
    }

    static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    static LocalDateTime toLocalDateTime(long micros) {
        long days = Math.floorDiv(micros, MICROS_PER_DAY);
        long time = Math.floorMod(micros, MICROS_PER_DAY);
        return LocalDate.ofEpochDay(days + EPOCH_DAY_2000).atStartOfDay().plusNanos(time * 1000);
    }

    static long toMicros(LocalDateTime value) {
        long days = value.toLocalDate().toEpochDay() - EPOCH_DAY_2000;
        return days * MICROS_PER_DAY + value.toLocalTime().toNanoOfDay() / 1000;
    }
}
