package vn.lamchu.shared.web;

import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;

/** Errors on pages: a Vietnamese page with the right status, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(1)
class PageErrorHandler {


    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "error.notFound");
    }

    @ExceptionHandler({AccessDeniedException.class})
    ModelAndView denied() {
        return page(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale() {
        return page(HttpStatus.CONFLICT, "error.stale");
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e) {
        ModelAndView page = page(e.kind() == DomainException.Kind.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                e.messageKey());
        page.addObject("messageArgs", e.arguments());
        return page;
    }

    private static ModelAndView page(HttpStatus status, String messageKey) {
        ModelAndView page = new ModelAndView("error/problem");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        page.addObject("messageArgs", new Object[0]);
        return page;
    }

}
