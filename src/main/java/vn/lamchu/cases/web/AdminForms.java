package vn.lamchu.cases.web;

import java.util.function.Supplier;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import vn.lamchu.cases.AdminInputException;
import vn.lamchu.shared.DomainException;

/**
 * One submission of a routing or category form: on success a notice and a redirect; otherwise the form again with
 * each problem next to its field (400), or a conflict — someone changed the row, or it is in use — above the form
 * with status 409 and a link to reload. Input of the wrong type is shown together with the service's other checks.
 */
record AdminForms(BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {

    /**
     * @param check     the service's checks, run when some input had the wrong type (nothing is saved then)
     * @param save      the change
     * @param notice    the message key of the notice shown after the redirect
     * @param done      where to go after saving
     * @param reloadUrl the page to reload after a conflict
     * @param form      renders the form again
     */
    String submit(Runnable check, Runnable save, String notice, String done, String reloadUrl, Supplier<String> form) {
        if (result.hasErrors()) {
            try {
                check.run();
            } catch (DomainException e) {
                show(e, result, reloadUrl);
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form.get();
        }
        try {
            save.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:" + done;
        } catch (DomainException e) {
            show(e, result, reloadUrl);
            return form.get();
        }
    }

    /** A deletion: on refusal the form shows the stored row ({@code stored}) with the reason as typed. */
    String delete(Runnable delete, Object stored, String notice, String done, String reloadUrl, Supplier<String> form) {
        try {
            delete.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:" + done;
        } catch (DomainException e) {
            BindingResult shown = new BeanPropertyBindingResult(stored, "form");
            show(e, shown, reloadUrl);
            model.addAttribute("form", stored);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shown);
            return form.get();
        }
    }

    private void show(DomainException e, BindingResult on, String reloadUrl) {
        if (e instanceof AdminInputException input) {
            BeanWrapperImpl target = new BeanWrapperImpl(on.getTarget());
            for (AdminInputException.Problem problem : input.problems()) {
                Object[] args = problem.args().toArray();
                boolean field = target.isReadableProperty(problem.field());
                if (field && on.hasFieldErrors(problem.field())) {
                    continue; // the field's own error (input of the wrong type) says more
                }
                if (field) {
                    on.rejectValue(problem.field(), problem.key(), args, problem.key());
                } else {
                    on.reject(problem.key(), args, problem.key());
                }
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        on.reject(e.messageKey(), e.arguments(), e.messageKey());
        if (e.kind() == DomainException.Kind.CONFLICT) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("reloadUrl", reloadUrl);
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
