package vn.lamchu.org.web;

import java.util.Map;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

import vn.lamchu.org.OrgValidationException;

/** Puts the rules' problems next to the form fields they concern (or above the form if no field fits). */
final class FormErrors {

    private FormErrors() {
    }

    static void apply(OrgValidationException e, BindingResult result, Map<String, String> fieldNames) {
        apply(e, result, field -> fieldNames.getOrDefault(field, field));
    }

    static void apply(OrgValidationException e, BindingResult result, java.util.function.UnaryOperator<String> fieldName) {
        BeanWrapperImpl form = new BeanWrapperImpl(result.getTarget());
        for (OrgValidationException.Problem problem : e.problems()) {
            String field = fieldName.apply(problem.field());
            Object[] args = problem.args().toArray();
            if (form.isReadableProperty(field)) {
                result.rejectValue(field, problem.key(), args, problem.key());
            } else {
                result.reject(problem.key(), args, problem.key());
            }
        }
    }

    static void apply(OrgValidationException e, BindingResult result) {
        apply(e, result, Map.of());
    }
}
