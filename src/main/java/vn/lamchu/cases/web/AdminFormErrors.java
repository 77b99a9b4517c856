package vn.lamchu.cases.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import jakarta.servlet.http.HttpServletResponse;

import vn.lamchu.cases.AdminInputException;
import vn.lamchu.shared.DomainException;

/**
 * Puts a refused change on the form: each problem next to its field (or above the form), a conflict (someone changed
 * the row, or it is in use) above the form with status 409 and a link to reload.
 */
final class AdminFormErrors {

    private AdminFormErrors() {
    }

    /** After input of the wrong type: the service's own checks of the rest, so that every problem shows at once. */
    static void checkRest(Runnable check, BindingResult result, Model model, HttpServletResponse response) {
        try {
            check.run();
        } catch (DomainException e) {
            apply(e, result, model, response, null);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }

    static void apply(DomainException e, BindingResult result, Model model, HttpServletResponse response,
                      String reloadUrl) {
        if (e instanceof AdminInputException input) {
            BeanWrapperImpl form = new BeanWrapperImpl(result.getTarget());
            for (AdminInputException.Problem problem : input.problems()) {
                Object[] args = problem.args().toArray();
                if (form.isReadableProperty(problem.field()) && result.hasFieldErrors(problem.field())) {
                    continue; // the field's own error (input of the wrong type) says more
                }
                if (form.isReadableProperty(problem.field())) {
                    result.rejectValue(problem.field(), problem.key(), args, problem.key());
                } else {
                    result.reject(problem.key(), args, problem.key());
                }
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        result.reject(e.messageKey(), e.arguments(), e.messageKey());
        if (e.kind() == DomainException.Kind.CONFLICT) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("reloadUrl", reloadUrl);
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
