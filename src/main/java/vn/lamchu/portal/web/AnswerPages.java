package vn.lamchu.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.lamchu.cases.CaseCategory;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.TenantId;

/**
 * The published answers, for everyone: searchable with or without diacritics ("den duong" finds "đèn đường"), by
 * category, a page at a time. A plain GET form, so a search can be bookmarked and works without script; with HTMX the
 * results follow the typing.
 */
@Controller
class AnswerPages {

    static final int PAGE_SIZE = 10;

    private final PublicCases cases;

    AnswerPages(PublicCases cases) {
        this.cases = cases;
    }

    @GetMapping("/portal/answers")
    String answers(@RequestParam(required = false) String tenant, @RequestParam(required = false) String q,
                   @RequestParam(required = false) String category, @RequestParam(required = false) String page,
                   Model model, Locale locale) {
        TenantId t = cases.tenant(tenant);
        List<CaseCategory> categories = cases.categories(t);
        int pageNumber = pageNumber(page);
        model.addAttribute("tenant", tenant);
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("categories", categories);
        model.addAttribute("categoryNames", categories.stream()
                .collect(Collectors.toMap(CaseCategory::code, c -> c.name(locale), (a, b) -> a)));
        try {
            model.addAttribute("answers", cases.published(t, q, category, pageNumber, PAGE_SIZE));
        } catch (DomainException e) {
            model.addAttribute("answers", new CaseQueries.Page<>(List.of(), pageNumber, PAGE_SIZE, false));
            model.addAttribute("problem", e);
        }
        return "portal/answers";
    }

    /**
     * The published second-instance complaint decisions and denunciation conclusions (Luật Khiếu nại 2011, Điều 41
     * khoản 2; Luật Tố cáo 2018, Điều 40): never the denouncer.
     */
    @GetMapping("/portal/decisions")
    String decisions(@RequestParam(required = false) String tenant, @RequestParam(required = false) String page,
                     Model model) {
        TenantId t = cases.tenant(tenant);
        model.addAttribute("tenant", tenant);
        model.addAttribute("decisions", cases.decisions(t, pageNumber(page), PAGE_SIZE));
        return "portal/decisions";
    }

    /** A page number as typed in an address: anything that is not a small number is the first page. */
    private static int pageNumber(String page) {
        try {
            int n = page == null ? 0 : Integer.parseInt(page.strip());
            return n < 0 || n > PublicCases.MAX_PAGE ? 0 : n;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
