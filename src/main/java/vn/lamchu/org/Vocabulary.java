package vn.lamchu.org;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.lamchu.shared.VietnameseText;

/**
 * Reads the words people write in CSV files: unit kinds, jurisdiction levels, posts and genders by their Vietnamese
 * or English label (with or without diacritics), their code name or a common abbreviation (UBND, HĐND, MTTQ …);
 * dates as dd/MM/yyyy or yyyy-MM-dd; yes/no.
 */
@Component
class Vocabulary {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(
            Map.entry("co", true), Map.entry("x", true), Map.entry("1", true), Map.entry("true", true),
            Map.entry("yes", true), Map.entry("dung", true), Map.entry("la dang vien", true),
            Map.entry("khong", false), Map.entry("0", false), Map.entry("false", false), Map.entry("no", false));

    /** Abbreviations and everyday words, folded. */
    private static final Map<String, Enum<?>> ALIASES = Map.ofEntries(
            Map.entry("dang uy", UnitKind.PARTY_COMMITTEE), Map.entry("tinh uy", UnitKind.PARTY_COMMITTEE),
            Map.entry("huyen uy", UnitKind.PARTY_COMMITTEE), Map.entry("cap uy", UnitKind.PARTY_COMMITTEE),
            Map.entry("ban thuong vu", UnitKind.PARTY_STANDING_BOARD), Map.entry("ubkt", UnitKind.PARTY_INSPECTION_COMMITTEE),
            Map.entry("hdnd", UnitKind.PEOPLES_COUNCIL), Map.entry("tt hdnd", UnitKind.PEOPLES_COUNCIL_STANDING_COMMITTEE),
            Map.entry("ubnd", UnitKind.PEOPLES_COMMITTEE), Map.entry("mttq", UnitKind.FATHERLAND_FRONT_COMMITTEE),
            Map.entry("uy ban mat tran to quoc", UnitKind.FATHERLAND_FRONT_COMMITTEE),
            Map.entry("doan the", UnitKind.FRONT_MEMBER_ORGANISATION), Map.entry("bttnd", UnitKind.PEOPLES_INSPECTION_BOARD),
            Map.entry("bgsdtcd", UnitKind.COMMUNITY_INVESTMENT_SUPERVISION_BOARD), Map.entry("phong", UnitKind.SPECIALISED_OFFICE),
            Map.entry("dia ban", UnitKind.AREA), Map.entry("mot cua", UnitKind.ONE_STOP_CENTRE),
            Map.entry("tinh", JurisdictionLevel.PROVINCE), Map.entry("thanh pho", JurisdictionLevel.PROVINCE),
            Map.entry("huyen", JurisdictionLevel.DISTRICT), Map.entry("xa", JurisdictionLevel.COMMUNE),
            Map.entry("phuong", JurisdictionLevel.WARD), Map.entry("dac khu", JurisdictionLevel.SPECIAL_ZONE),
            Map.entry("thi tran", JurisdictionLevel.TOWNSHIP), Map.entry("thon", JurisdictionLevel.VILLAGE),
            Map.entry("ap", JurisdictionLevel.VILLAGE), Map.entry("ban", JurisdictionLevel.VILLAGE),
            Map.entry("to dan pho", JurisdictionLevel.RESIDENTIAL_GROUP), Map.entry("khu pho", JurisdictionLevel.RESIDENTIAL_GROUP),
            Map.entry("nam", Person.Gender.MALE), Map.entry("nu", Person.Gender.FEMALE), Map.entry("khac", Person.Gender.OTHER),
            Map.entry("m", Person.Gender.MALE), Map.entry("f", Person.Gender.FEMALE),
            Map.entry("dai bieu", Post.DEPUTY), Map.entry("truong phong", Post.HEAD), Map.entry("truong ban", Post.HEAD),
            Map.entry("pho truong phong", Post.DEPUTY_HEAD), Map.entry("uy vien", Post.MEMBER),
            Map.entry("thanh vien", Post.MEMBER), Map.entry("cong chuc", Post.OFFICER),
            Map.entry("vien chuc", Post.EMPLOYEE), Map.entry("nhan vien", Post.EMPLOYEE),
            Map.entry("truong thon", Post.VILLAGE_HEAD), Map.entry("to truong to dan pho", Post.VILLAGE_HEAD));

    private final Map<Class<?>, Map<String, Enum<?>>> words = new HashMap<>();

    Vocabulary(MessageSource messages) {
        learn(UnitKind.class, "unit.kind.", messages);
        learn(JurisdictionLevel.class, "jurisdiction.level.", messages);
        learn(Post.class, "post.", messages);
        learn(Person.Gender.class, "person.gender.", messages);
        for (Post post : Post.values()) {
            words.get(Post.class).putIfAbsent(key(post.vietnameseLabel()), post);
        }
        ALIASES.forEach((word, value) -> words.get(value.getDeclaringClass()).putIfAbsent(word, value));
    }

    private <E extends Enum<E>> void learn(Class<E> type, String prefix, MessageSource messages) {
        Map<String, Enum<?>> map = new HashMap<>();
        for (E value : type.getEnumConstants()) {
            map.put(key(value.name()), value);
            for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                String label = messages.getMessage(prefix + value.name(), null, null, locale);
                if (label != null) {
                    map.putIfAbsent(key(label), value);
                }
            }
        }
        words.put(type, map);
    }

    <E extends Enum<E>> Optional<E> parse(Class<E> type, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(words.get(type).get(key(raw))).map(type::cast);
    }

    /** The form in which words are compared: folded, punctuation as single spaces ("Ủy ban MTTQ" → "uy ban mttq"). */
    static String key(String raw) {
        return VietnameseText.fold(raw).replaceAll("[^a-z0-9]+", " ").strip();
    }

    static Optional<LocalDate> date(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(raw.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    static Optional<Boolean> bool(String raw) {
        return raw == null ? Optional.of(false) : Optional.ofNullable(BOOLEANS.get(key(raw)));
    }
}
