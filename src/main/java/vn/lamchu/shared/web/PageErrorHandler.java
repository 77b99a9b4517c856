package vn.lamchu.shared.web;

import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;

/** Errors on pages: a Vietnamese page with the right status, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(1)
class PageErrorHandler {

    private final PageModel pageModel;

    PageErrorHandler(PageModel pageModel) {
        this.pageModel = pageModel;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(HttpServletRequest request) {
        return page(request, HttpStatus.NOT_FOUND, "error.notFound", new Object[0]);
    }

    @ExceptionHandler({AccessDeniedException.class})
    ModelAndView denied(HttpServletRequest request) {
        return page(request, HttpStatus.FORBIDDEN, "error.forbidden", new Object[0]);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale(HttpServletRequest request) {
        return page(request, HttpStatus.CONFLICT, "error.stale", new Object[0]);
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(HttpServletRequest request, DomainException e) {
        return page(request, e.kind() == DomainException.Kind.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                e.messageKey(), e.arguments());
    }

    // the layout's signed-in member and path as well: an error page keeps the menu of whoever is signed in
    private ModelAndView page(HttpServletRequest request, HttpStatus status, String messageKey, Object[] args) {
        ModelAndView page = new ModelAndView("error/problem");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        page.addObject("messageArgs", args);
        pageModel.fill(page, request);
        return page;
    }

}
