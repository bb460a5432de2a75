package org.uep.api.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.uep.api.web.Choices;
import org.uep.domain.access.Caller;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.tasks.BatchApproval;
import org.uep.domain.tasks.InboxSearch;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.Notifications;

/**
 * 待办 The inbox page: views, filters, a page of tasks at a time (htmx loads the next), claim, batch approval; and the
 * notifications (消息) its header counts.
 */
@Controller
@RequestMapping("/console")
class InboxPage {

    static final int PAGE = 25;

    private final InboxSearch search;
    private final InboxService inbox;
    private final BatchApproval batch;
    private final TaskForms forms;
    private final Notifications notifications;
    private final ProcessModels models;

    InboxPage(InboxSearch search, InboxService inbox, BatchApproval batch, TaskForms forms,
              Notifications notifications, ProcessModels models) {
        this.search = search;
        this.inbox = inbox;
        this.batch = batch;
        this.forms = forms;
        this.notifications = notifications;
        this.models = models;
    }

    /** The filter form's fields, as typed (due days are calendar days in Asia/Shanghai). */
    record Filter(String view, String kind, String process, String unit, String caseNumber, String party,
                  String urgency, String assigned, String sort, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo, String after) {

        InboxSearch.Query query() {
            return new InboxSearch.Query(Choices.of(InboxSearch.View.class, "view", view), kind, process, caseNumber,
                    party, unit, startOf(dueFrom), startOf(dueTo == null ? null : dueTo.plusDays(1)),
                    Choices.of(InboxSearch.Urgency.class, "urgency", urgency),
                    assigned == null || assigned.isBlank() ? null : Boolean.valueOf(assigned),
                    Choices.of(InboxSearch.Sort.class, "sort", sort), after, PAGE);
        }

        private static Instant startOf(LocalDate day) {
            return day == null ? null : day.atStartOfDay(LegalTime.ZONE).toInstant();
        }
    }

    @GetMapping("/inbox")
    String inbox(Filter filter, Caller caller, Model model,
                 @RequestHeader(value = "HX-Request", required = false) String htmx) {
        InboxSearch.Page page = search.search(filter.query(), caller);
        model.addAttribute("filter", filter);
        model.addAttribute("view", filter.view() == null || filter.view().isBlank() ? "INBOX" : filter.view());
        model.addAttribute("page", page);
        model.addAttribute("nextUrl", page.next() == null ? null : ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("after", page.next()).build().toUriString());
        model.addAttribute("views", InboxSearch.View.values());
        model.addAttribute("kinds", forms.formKeys());
        model.addAttribute("processes", models.processIds());
        // htmx asks for the rows alone: a new filter replaces them, "more" appends the next page.
        return htmx != null ? "console/inbox :: rows" : "console/inbox";
    }

    @PostMapping("/tasks/{id}/claim")
    String claim(@PathVariable long id, Caller caller) {
        inbox.claim(id, caller);
        return "redirect:/console/tasks/" + id;
    }

    @GetMapping("/notifications")
    String notifications(Caller caller, Model model) {
        model.addAttribute("notifications", notifications.of(caller));
        return "console/notifications";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, Caller caller) {
        notifications.read(id, caller);
        return "redirect:/console/notifications";
    }

    @PostMapping("/tasks/approvals")
    String approveAll(@RequestParam(name = "taskIds", required = false) List<Long> taskIds,
                      @RequestParam(required = false) String opinion, Caller caller, RedirectAttributes redirect) {
        redirect.addFlashAttribute("approvals", batch.approve(taskIds == null ? List.of() : taskIds, opinion, caller));
        return "redirect:/console/inbox";
    }
}
