package vn.lamchu.rules.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.util.MultiValueMap;

import vn.lamchu.rules.DateText;
import vn.lamchu.rules.DeadlineRequest;
import vn.lamchu.rules.Suspension;
import vn.lamchu.rules.VariantFlag;
import vn.lamchu.shared.DomainException;

/**
 * The parameters of a deadline question as they arrive in a URL, checked one by one so that each bad value gets its
 * own message: {@code start} (YYYY-MM-DD, or DD/MM/YYYY as people type it), {@code asOf}, the variant flags
 * ({@code complex=true}, {@code remote=true}, … or {@code variant=complex}), {@code extensions}, and suspensions
 * ({@code suspension=2026-03-01..2026-03-10}, or the page's {@code suspensionFrom}/{@code suspensionTo} pairs).
 */
final class DeadlineQuery {

    /** Dates outside this range are refused: no rule here is older, and the calendar is not known further ahead. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** A problem with one parameter: its name, the message key and the message's arguments. */
    record Problem(String field, String messageKey, Object... arguments) {
    }

    LocalDate start;
    LocalDate asOf;
    final Set<VariantFlag> flags = EnumSet.noneOf(VariantFlag.class);
    int extensions;
    final List<Suspension> suspensions = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    static DeadlineQuery parse(MultiValueMap<String, String> params) {
        DeadlineQuery query = new DeadlineQuery();
        String start = first(params, "start");
        if (start == null) {
            query.problems.add(new Problem("start", "rules.error.startRequired"));
        } else {
            query.start = query.date("start", start);
        }
        String asOf = first(params, "asOf");
        if (asOf != null) {
            query.asOf = query.date("asOf", asOf);
        }
        for (VariantFlag flag : VariantFlag.values()) {
            String value = first(params, flag.code());
            if (value != null) {
                switch (value.toLowerCase(Locale.ROOT)) {
                    case "true", "on", "1", "yes" -> query.flags.add(flag);
                    case "false", "off", "0", "no" -> {
                    }
                    default -> query.problems.add(new Problem(flag.code(), "rules.error.badFlag", flag.code(), value));
                }
            }
        }
        for (String code : values(params, "variant")) {
            for (String part : code.split("[,+ ]")) {
                if (!part.isBlank()) {
                    VariantFlag.ofCode(part.strip()).ifPresentOrElse(query.flags::add,
                            () -> query.problems.add(new Problem("variant", "rules.error.unknownVariant", part.strip())));
                }
            }
        }
        String extensions = first(params, "extensions");
        if (extensions != null) {
            try {
                query.extensions = Integer.parseInt(extensions);
                if (query.extensions < 0 || query.extensions > 10) {
                    query.problems.add(new Problem("extensions", "rules.error.badExtensions", extensions));
                }
            } catch (NumberFormatException e) {
                query.problems.add(new Problem("extensions", "rules.error.badExtensions", extensions));
            }
        }
        for (String period : values(params, "suspension")) {
            String[] ends = period.split("\\.\\.|/(?=\\d{4}-)|_");
            if (ends.length != 2) {
                query.problems.add(new Problem("suspension", "rules.error.badSuspension", period));
                continue;
            }
            query.suspension("suspension", ends[0], ends[1]);
        }
        List<String> froms = params.getOrDefault("suspensionFrom", List.of());
        List<String> tos = params.getOrDefault("suspensionTo", List.of());
        for (int i = 0; i < Math.max(froms.size(), tos.size()); i++) {
            String from = i < froms.size() ? froms.get(i).strip() : "";
            String to = i < tos.size() ? tos.get(i).strip() : "";
            if (from.isEmpty() && to.isEmpty()) {
                continue;
            }
            if (from.isEmpty() || to.isEmpty()) {
                query.problems.add(new Problem("suspension", "rules.error.suspensionIncomplete"));
                continue;
            }
            query.suspension("suspension", from, to);
        }
        if (query.suspensions.size() > DeadlineRequest.MAX_SUSPENSIONS) {
            query.problems.add(new Problem("suspension", "rules.error.tooManySuspensions", DeadlineRequest.MAX_SUSPENSIONS));
        }
        return query;
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** The request, or the first problem as a 400 with its message. */
    DeadlineRequest request() {
        if (!problems.isEmpty()) {
            Problem first = problems.get(0);
            throw DomainException.invalid(first.messageKey(), first.arguments());
        }
        return new DeadlineRequest(start, flags, extensions, suspensions);
    }

    private void suspension(String field, String fromText, String toText) {
        LocalDate from = date(field, fromText.strip());
        LocalDate to = date(field, toText.strip());
        if (from == null || to == null) {
            return;
        }
        if (to.isBefore(from)) {
            problems.add(new Problem(field, "rules.error.suspensionOrder", DateText.of(from),
                    DateText.of(to)));
            return;
        }
        suspensions.add(new Suspension(from, to));
    }

    /** A date as the API writes it (2026-03-02) or as people type it (2/3/2026); null if it is neither. */
    static LocalDate parseDate(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, TYPED) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private LocalDate date(String field, String text) {
        LocalDate date = parseDate(text);
        if (date == null) {
            problems.add(new Problem(field, "rules.error.badDate", text));
            return null;
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            problems.add(new Problem(field, "rules.error.dateOutOfRange", text, DateText.of(EARLIEST),
                    DateText.of(LATEST)));
            return null;
        }
        return date;
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        if (values == null) {
            return null;
        }
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).findFirst().orElse(null);
    }

    private static List<String> values(MultiValueMap<String, String> params, String name) {
        return params.getOrDefault(name, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
