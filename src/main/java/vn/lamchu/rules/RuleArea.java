package vn.lamchu.rules;

/** The field of law a rule belongs to; labels in the {@code i18n/rules} bundle as {@code rules.area.NAME}. */
public enum RuleArea {
    RECEPTION, COMPLAINT, DENUNCIATION, FEEDBACK, FRONT, GRASSROOTS, VOTERS, ASSETS, PARTY, ONE_STOP, RECORDS
}
