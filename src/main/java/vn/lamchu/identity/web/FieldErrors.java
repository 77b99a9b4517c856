package vn.lamchu.identity.web;

import java.util.Map;

import org.springframework.validation.BindingResult;

import vn.lamchu.shared.DomainException;

/** Puts a refused input's message next to the field it concerns, so the page shows it there. */
final class FieldErrors {

    private static final Map<String, String> FIELD_BY_KEY_PREFIX = Map.of(
            "account.username", "username",
            "account.displayName", "displayName",
            "account.unit", "unitId",
            "account.roles", "roles",
            "password.currentWrong", "currentPassword",
            "password", "password",
            "totp", "code",
            "token", "name");

    private FieldErrors() {
    }

    static void reject(BindingResult result, DomainException e) {
        String field = FIELD_BY_KEY_PREFIX.entrySet().stream()
                .filter(entry -> e.messageKey().startsWith(entry.getKey()))
                .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
                .map(Map.Entry::getValue).orElse(null);
        if (field != null && result.getTarget() != null && hasProperty(result, field)) {
            result.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }

    private static boolean hasProperty(BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return result.getFieldType(field) != null;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
