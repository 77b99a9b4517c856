package vn.lamchu.rules.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.lamchu.rules.Deadline;
import vn.lamchu.rules.DeadlineRequest;
import vn.lamchu.rules.Rule;
import vn.lamchu.rules.RuleArea;
import vn.lamchu.rules.RuleCatalog;
import vn.lamchu.rules.RuleVersion;
import vn.lamchu.rules.Term;
import vn.lamchu.rules.TermKind;
import vn.lamchu.rules.VariantFlag;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.VietnameseText;

/**
 * The public deadline calculator: a citizen chooses what they sent (found by typing with or without diacritics),
 * the date and the special circumstances, and gets the due date in Vietnamese with the explanation a legal officer
 * would check. A plain GET form that works without JavaScript; with HTMX the same page updates in place.
 */
@Controller
class DeadlinePageController {

    /** The flags offered before a matter is chosen (the "vùng sâu vùng xa, vụ việc phức tạp"). */
    private static final Set<VariantFlag> COMMON_FLAGS = EnumSet.of(VariantFlag.REMOTE, VariantFlag.COMPLEX);
    private static final int SUSPENSION_ROWS = 2;

    private final RuleCatalog catalog;
    private final DeadlineTexts texts;
    private final MessageSource messages;
    private final Clock clock;

    DeadlinePageController(RuleCatalog catalog, DeadlineTexts texts, MessageSource messages, Clock clock) {
        this.catalog = catalog;
        this.texts = texts;
        this.messages = messages;
        this.clock = clock;
    }

    record Option(String id, String label, boolean selected) {
    }

    record OptionGroup(String label, List<Option> options) {
    }

    record FlagField(String code, String label, boolean checked) {
    }

    record Result(String dueText, String dueLead, List<String> steps, String source, String confidence,
                  boolean unconfirmed, String apiUrl) {
    }

    @GetMapping("/deadlines")
    String calculator(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
        LocalDate today = LegalTime.today(clock);
        String q = VietnameseText.normalizeOrNull(params.getFirst("q"));
        String ruleId = VietnameseText.normalizeOrNull(params.getFirst("rule"));
        List<Rule> rules = catalog.rules();
        Rule selected = ruleId == null ? null : rules.stream().filter(r -> r.id().equals(ruleId)).findFirst().orElse(null);
        Map<String, String> errors = new LinkedHashMap<>();
        if (ruleId != null && selected == null) {
            errors.put("rule", text(locale, "rules.error.unknownRule"));
        }

        List<OptionGroup> groups = options(rules, q, selected, locale);
        int matches = groups.stream().mapToInt(g -> g.options().size()).sum();
        model.addAttribute("q", q);
        model.addAttribute("groups", groups);
        model.addAttribute("matches", matches);
        model.addAttribute("selected", selected);
        model.addAttribute("startText", params.getFirst("start") == null ? "" : params.getFirst("start").strip());
        model.addAttribute("extensionsText", params.getFirst("extensions") == null ? "" : params.getFirst("extensions"));
        model.addAttribute("suspensionFrom", padded(params.get("suspensionFrom")));
        model.addAttribute("suspensionTo", padded(params.get("suspensionTo")));
        model.addAttribute("errors", errors);

        DeadlineQuery query = DeadlineQuery.parse(params);
        if (query.start != null) {
            // a date typed as 29/01/2027 is shown again in the ISO form that <input type="date"> needs
            model.addAttribute("startText", query.start.toString());
        }
        RuleVersion version = selected == null ? null
                : query.start != null ? selected.versionOn(query.start).orElse(selected.current(today))
                : selected.current(today);
        Set<VariantFlag> offered = version == null ? COMMON_FLAGS : version.knownFlags();
        Set<VariantFlag> applicable = query.flags.stream().filter(offered::contains)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(VariantFlag.class)));
        Set<VariantFlag> ignored = query.flags.stream().filter(f -> !offered.contains(f))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(VariantFlag.class)));
        model.addAttribute("flags", offered.stream().sorted()
                .map(f -> new FlagField(f.code(), text(locale, "rules.variant." + f.code()), applicable.contains(f)))
                .toList());
        model.addAttribute("ignoredFlags", ignored.isEmpty() ? null : texts.variant(ignored, locale));
        Term term = version == null ? null : version.terms().get(applicable);
        model.addAttribute("extensionHelp", term == null || term.extensionsAllowed() == 0 ? null
                : text(locale, "rules.page.extensions.help", term.extensionsAllowed(),
                texts.amount(term.extensionAmount(), term.unit(), locale)));
        model.addAttribute("suspendable", version == null || version.base().kind() == TermKind.WITHIN);

        boolean asked = params.containsKey("start");
        if (asked && selected == null && ruleId == null) {
            errors.put("rule", text(locale, "rules.error.ruleRequired"));
        }
        if (asked && selected != null) {
            query.problems.stream().filter(p -> !p.field().equals("variant") && !isFlagField(p.field()))
                    .forEach(p -> errors.putIfAbsent(fieldOf(p.field()), text(locale, p.messageKey(), p.arguments())));
            if (errors.isEmpty()) {
                compute(selected, query, applicable, model, errors, today, locale);
            }
        }
        return "rules/deadlines";
    }

    private void compute(Rule rule, DeadlineQuery query, Set<VariantFlag> flags, Model model, Map<String, String> errors,
                         LocalDate today, Locale locale) {
        DeadlineRequest request = new DeadlineRequest(query.start, flags, query.extensions, query.suspensions);
        try {
            Deadline deadline = catalog.deadline(rule, request, null);
            RuleVersion version = deadline.version();
            model.addAttribute("result", new Result(texts.longDate(deadline.due(), locale),
                    text(locale, "rules.page.due." + deadline.term().kind().name()),
                    texts.steps(rule, deadline, query.start, locale), version.source(),
                    texts.confidence(version, locale), version.configurable() || version.confidence().unconfirmed(),
                    apiUrl(rule, request)));
        } catch (DomainException e) {
            errors.put(fieldOf(e.messageKey()), text(locale, e.messageKey(), e.arguments()));
        }
    }

    private List<OptionGroup> options(List<Rule> rules, String q, Rule selected, Locale locale) {
        String folded = q == null ? null : VietnameseText.fold(q);
        List<Rule> shown = rules.stream().filter(r -> folded == null || r.equals(selected)
                || VietnameseText.fold(String.join(" ", r.id(), r.nameVi(), r.nameEn(),
                nullToEmpty(r.publicLabelVi()), nullToEmpty(r.publicLabelEn()))).contains(folded)).toList();
        List<OptionGroup> groups = new ArrayList<>();
        List<Option> common = shown.stream().filter(Rule::isPublic)
                .map(r -> new Option(r.id(), r.publicLabel(locale), r.equals(selected))).toList();
        if (!common.isEmpty()) {
            groups.add(new OptionGroup(text(locale, "rules.page.rule.common"), common));
        }
        for (RuleArea area : RuleArea.values()) {
            List<Option> others = shown.stream().filter(r -> !r.isPublic() && r.area() == area)
                    .map(r -> new Option(r.id(), r.id() + " – " + r.name(locale), r.equals(selected))).toList();
            if (!others.isEmpty()) {
                groups.add(new OptionGroup(text(locale, "rules.area." + area.name()), others));
            }
        }
        return groups;
    }

    private static String apiUrl(Rule rule, DeadlineRequest request) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/api/v1/rules/{id}/deadline")
                .queryParam("start", request.start());
        request.flags().stream().sorted().forEach(f -> url.queryParam(f.code(), true));
        if (request.extensions() > 0) {
            url.queryParam("extensions", request.extensions());
        }
        request.suspensions().forEach(s -> url.queryParam("suspension", s.from() + ".." + s.to()));
        return url.encode().buildAndExpand(rule.id()).toUriString();
    }

    /** Which form field a problem belongs to, so that its message stands next to it. */
    private static String fieldOf(String fieldOrKey) {
        if (fieldOrKey.contains("xtension")) {
            return "extensions";
        }
        if (fieldOrKey.contains("uspension")) {
            return "suspension";
        }
        if (fieldOrKey.contains("ariant")) {
            return "flags";
        }
        if (fieldOrKey.equals("start") || fieldOrKey.equals("asOf") || fieldOrKey.contains("Version")
                || fieldOrKey.contains("ate")) {
            return "start";
        }
        return "form";
    }

    private static boolean isFlagField(String field) {
        return VariantFlag.ofCode(field).isPresent();
    }

    private static List<String> padded(List<String> values) {
        List<String> rows = new ArrayList<>(values == null ? List.of() : values);
        while (rows.size() < SUSPENSION_ROWS) {
            rows.add("");
        }
        return rows;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
