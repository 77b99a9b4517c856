package vn.lamchu.reception.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.lamchu.org.Post;
import vn.lamchu.reception.ReceptionSchedules;
import vn.lamchu.reception.SchedulePattern;
import vn.lamchu.shared.DomainException;

/** The form creating a leader's reception schedule. */
public class ScheduleForm {

    /** "unitId|POST" of the post holding chosen. */
    private String postKey;
    private String patternKind = SchedulePattern.Kind.WEEKDAY.name();
    private String monthDays;
    private Integer weekday = DayOfWeek.THURSDAY.getValue();
    private String place;
    private String hours;

    ReceptionSchedules.NewSchedule toSchedule(UUID keepingUnit) {
        UUID postUnit = null;
        Post post = null;
        if (postKey != null && postKey.contains("|")) {
            try {
                postUnit = UUID.fromString(postKey.substring(0, postKey.indexOf('|')));
                post = Post.valueOf(postKey.substring(postKey.indexOf('|') + 1));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("reception.error.post");
            }
        }
        if (post == null) {
            throw DomainException.invalid("reception.error.post");
        }
        SchedulePattern pattern;
        if (SchedulePattern.Kind.MONTH_DAYS.name().equals(patternKind)) {
            List<Integer> days = new ArrayList<>();
            for (String part : (monthDays == null ? "" : monthDays).split("[,;\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    days.add(Integer.parseInt(part.strip()));
                } catch (NumberFormatException e) {
                    throw DomainException.invalid("reception.error.monthDays", SchedulePattern.MAX_MONTH_DAYS);
                }
            }
            pattern = new SchedulePattern(SchedulePattern.Kind.MONTH_DAYS, days, null);
        } else {
            pattern = new SchedulePattern(SchedulePattern.Kind.WEEKDAY, null,
                    weekday == null || weekday < 1 || weekday > 7 ? null : DayOfWeek.of(weekday));
        }
        return new ReceptionSchedules.NewSchedule(keepingUnit, postUnit, post, pattern, place, hours);
    }

    public String getPostKey() { return postKey; }
    public void setPostKey(String postKey) { this.postKey = postKey; }
    public String getPatternKind() { return patternKind; }
    public void setPatternKind(String patternKind) { this.patternKind = patternKind; }
    public String getMonthDays() { return monthDays; }
    public void setMonthDays(String monthDays) { this.monthDays = monthDays; }
    public Integer getWeekday() { return weekday; }
    public void setWeekday(Integer weekday) { this.weekday = weekday; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getHours() { return hours; }
    public void setHours(String hours) { this.hours = hours; }
}
