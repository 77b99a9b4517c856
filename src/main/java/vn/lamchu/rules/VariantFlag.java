package vn.lamchu.rules;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A circumstance that selects another duration of the same rule: a complex case, a remote or hard-to-reach area, a
 * second complaint, or the second step of a two-step rule. A rule version defines a term for each combination of
 * flags it knows; asking for a flag the rule does not know is refused. Labels are in the {@code i18n/rules} bundle as
 * {@code rules.variant.CODE}.
 */
public enum VariantFlag {
    /** Vụ việc phức tạp (Luật Khiếu nại 2011 art. 28, 37, 50; Luật Tố cáo 2018 art. 30(2); ND 31/2019 art. 3(2)). */
    COMPLEX("complex"),
    /** Vụ việc đặc biệt phức tạp (Luật Tố cáo 2018 art. 30(3)). */
    VERY_COMPLEX("veryComplex"),
    /** Vùng sâu, vùng xa đi lại khó khăn (Luật Khiếu nại 2011 art. 28, 33, 37, 44). */
    REMOTE("remote"),
    /** Checks at several places or delegated (Luật Tố cáo 2018 art. 24(1)). */
    SEVERAL_PLACES("severalPlaces"),
    /** A second complaint (Luật Khiếu nại 2011 art. 48). */
    SECOND("second"),
    /** A complaint against a dismissal (buộc thôi việc) (Luật Khiếu nại 2011 art. 48). */
    DISMISSAL("dismissal"),
    /** The second step of a two-step rule: the report that answers a request (Luật Tố cáo 2018 art. 38(3)). */
    REPORT("report"),
    /** The second step of a two-step rule: how long a disclosure stays posted (ND 130/2020 art. 11). */
    POSTING("posting"),
    /** The second step of a two-step rule: notice to the host before a voter meeting (NQLT 72/2025 art. 32). */
    HOST_NOTICE("hostNotice");

    /** The order in which a rule's variants are listed: the ordinary case, single flags, then combinations. */
    public static final Comparator<Set<VariantFlag>> ORDER =
            Comparator.<Set<VariantFlag>>comparingInt(Set::size).thenComparing(VariantFlag::key);

    private final String code;

    VariantFlag(String code) {
        this.code = code;
    }

    /** The name used in the API ({@code ?complex=true}, {@code ?variant=remote}) and in the database. */
    public String code() {
        return code;
    }

    public static Optional<VariantFlag> ofCode(String code) {
        for (VariantFlag flag : values()) {
            if (flag.code.equalsIgnoreCase(code)) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }

    /** The database form of a set of flags: codes in declaration order joined by {@code +}; the empty set is "". */
    public static String key(Set<VariantFlag> flags) {
        return flags.stream().sorted().map(VariantFlag::code).collect(Collectors.joining("+"));
    }

    /** The inverse of {@link #key}. */
    public static Set<VariantFlag> parseKey(String key) {
        EnumSet<VariantFlag> flags = EnumSet.noneOf(VariantFlag.class);
        if (key == null || key.isEmpty()) {
            return Set.copyOf(flags);
        }
        for (String code : key.split("\\+")) {
            flags.add(ofCode(code).orElseThrow(() -> new IllegalArgumentException("unknown variant " + code)));
        }
        return Set.copyOf(flags);
    }
}
