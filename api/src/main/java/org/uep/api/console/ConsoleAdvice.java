package org.uep.api.console;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;
import org.uep.domain.tasks.InboxSearch;
import org.uep.domain.tasks.Notifications;

/**
 * What every console page shows in its header (who is logged in, unread notifications, whether the workload page is
 * theirs), and refusals as a page rather than problem details.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    private final Notifications notifications;
    private final Clock clock;

    ConsoleAdvice(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @ModelAttribute
    void header(Caller caller, Model model) {
        model.addAttribute("me", caller);
        model.addAttribute("supervising", InboxSearch.supervising(caller));
        model.addAttribute("unread", notifications.unread(caller));
        model.addAttribute("now", Instant.now(clock));
    }

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, Caller caller, Model model, HttpServletResponse response) {
        header(caller, model); // an exception handler's model starts empty
        response.setStatus(switch (e.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
        });
        model.addAttribute("problem", e.getMessage());
        return "console/refused";
    }
}
