package vn.lamchu.cases.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;

/**
 * Why a step was refused, as a sentence in the reader's language, for showing next to the form that asked for it. The
 * core names steps and states by their enum names ({@code cases.error.illegalStep}); the page shows their labels.
 */
@Component
class CaseRefusals {

    static final String ILLEGAL_STEP = "cases.error.illegalStep";

    private final MessageSource messages;

    CaseRefusals(MessageSource messages) {
        this.messages = messages;
    }

    /** The message of a refusal the pages expect; anything else is not caught here. */
    String text(RuntimeException refusal) {
        Locale locale = LocaleContextHolder.getLocale();
        if (refusal instanceof DomainException e) {
            return message(e.messageKey(), e.arguments(), locale);
        }
        if (refusal instanceof AccessDeniedException) {
            return messages.getMessage("error.forbidden", null, locale);
        }
        if (refusal instanceof NotFoundException) {
            return messages.getMessage("error.notFound", null, locale);
        }
        throw refusal;
    }

    /** Whether the exception is one a page shows as a refusal rather than an error page. */
    static boolean isRefusal(RuntimeException e) {
        return e instanceof DomainException || e instanceof AccessDeniedException || e instanceof NotFoundException;
    }

    /** A message of the pages' bundles in the reader's language. */
    String say(String key, Object... args) {
        return message(key, args, LocaleContextHolder.getLocale());
    }

    String message(String key, Object[] args, Locale locale) {
        Object[] shown = args;
        if (ILLEGAL_STEP.equals(key) && args.length == 2) {
            shown = new Object[] {label("cases.action.", args[0], locale), label("cases.status.", args[1], locale)};
        }
        return messages.getMessage(key, shown, key, locale);
    }

    private String label(String prefix, Object value, Locale locale) {
        return messages.getMessage(prefix + value, null, String.valueOf(value), locale);
    }
}
