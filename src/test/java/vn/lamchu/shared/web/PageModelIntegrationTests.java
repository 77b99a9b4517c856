package vn.lamchu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.lamchu.shared.Actor;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.IntegrationTest;

/** What every page's layout is given ({@link PageModel}), error pages included, and what redirects are not. */
@IntegrationTest
class PageModelIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void aStaffPageIsGivenTheSignedInMemberAndItsPath() throws Exception {
        MvcResult page = mvc.perform(get("/office").session(DemoLogin.as(mvc, "xuly.tp")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("currentPath", "/office"))
                .andReturn();
        assertThat(actorOf(page).username()).isEqualTo("xuly.tp");
    }

    @Test
    void anErrorPageKeepsTheSignedInMembersMenu() throws Exception {
        MvcResult page = mvc.perform(get("/office/cases/00000000-0000-0000-0000-000000000000")
                        .session(DemoLogin.as(mvc, "xuly.tp")))
                .andExpect(status().isNotFound())
                .andExpect(model().attribute("currentPath", "/office/cases/00000000-0000-0000-0000-000000000000"))
                .andReturn();
        assertThat(actorOf(page).username()).isEqualTo("xuly.tp");
    }

    @Test
    void aPublicPageIsGivenNoMember() throws Exception {
        mvc.perform(get("/portal/answers"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("actor", nullValue()))
                .andExpect(model().attribute("currentPath", "/portal/answers"));
    }

    @Test
    void aRedirectCarriesNoneOfItAsQueryParameters() throws Exception {
        MvcResult redirect = mvc.perform(get("/deadlines/calendar")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(redirect.getResponse().getRedirectedUrl()).matches("/deadlines/calendar/\\d{4}");
    }

    private static Actor actorOf(MvcResult page) {
        return (Actor) page.getModelAndView().getModel().get("actor");
    }
}
