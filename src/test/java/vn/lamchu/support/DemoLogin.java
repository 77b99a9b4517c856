package vn.lamchu.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs a demo account in through the real login form and returns its session. */
public final class DemoLogin {

    public static final String PASSWORD = "LamChu@2026";

    private DemoLogin() {
    }

    public static MockHttpSession as(MockMvc mvc, String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || location.contains("error")) {
            throw new IllegalStateException("demo login failed for " + username + ": " + location);
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
