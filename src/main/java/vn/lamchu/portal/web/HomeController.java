package vn.lamchu.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.lamchu.org.OrgDirectory;

/** The public home page, in Vietnamese first. */
@Controller
class HomeController {

    private final OrgDirectory org;

    HomeController(OrgDirectory org) {
        this.org = org;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("tenants", org.tenants());
        return "portal/home";
    }
}
