package vn.lamchu.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;

/** What every page's layout needs: the signed-in staff member (or none) and the current path for the menu. */
@ControllerAdvice(annotations = Controller.class)
class ViewModelAdvice {

    private final CurrentActor currentActor;

    ViewModelAdvice(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @ModelAttribute("actor")
    Actor actor() {
        return currentActor.current().orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
