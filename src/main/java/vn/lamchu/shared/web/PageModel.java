package vn.lamchu.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.lamchu.shared.CurrentActor;

/**
 * What every page's layout needs: the signed-in staff member (or none) as {@code actor}, and the current path for the
 * menu as {@code currentPath}; added to the model of every page a controller renders, and of the error pages of
 * {@link PageErrorHandler}. Not to REST answers (no model:
 * a controller advice with {@code @ModelAttribute} methods, as this was, also ran for every API request, since
 * {@code @RestController} is a {@code @Controller}: 6% of the node's CPU on an accepted letter), and not to redirects
 * (their model would become query parameters).
 */
@Configuration(proxyBeanMethods = false)
class PageModel implements WebMvcConfigurer, HandlerInterceptor {

    private final CurrentActor currentActor;

    PageModel(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || page.getView() instanceof RedirectView
                || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
            return;
        }
        fill(page, request);
    }

    /** Adds what the layout needs to a page; for pages rendered outside a handler (an error page of an exception). */
    void fill(ModelAndView page, HttpServletRequest request) {
        if (!page.getModel().containsKey("actor")) {
            page.addObject("actor", currentActor.current().orElse(null));
        }
        if (!page.getModel().containsKey("currentPath")) {
            page.addObject("currentPath", request.getRequestURI());
        }
    }
}
