package org.uep.api.console;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uep.api.inbox.TaskContexts;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.TaskComments;
import org.uep.domain.tasks.TaskCompletion;

/**
 * 任务 One task: its form, case context, approval history and comments, and what the person may do with it (claim,
 * give back, complete, put aside, delegate, assign, comment). A refused form comes back with the problem next to the
 * field it names.
 */
@Controller
@RequestMapping("/console/tasks/{id}")
class TaskPage {

    /** Fields a completion names at the start of a refusal ("opinion is required…", "data.servedAt must…"). */
    private static final Set<String> TOP_FIELDS = Set.of("outcome", "opinion", "findings", "officers", "data");

    private final TaskContexts contexts;
    private final InboxService inbox;
    private final TaskComments comments;
    private final TaskForms forms;

    TaskPage(TaskContexts contexts, InboxService inbox, TaskComments comments, TaskForms forms) {
        this.contexts = contexts;
        this.inbox = inbox;
        this.comments = comments;
        this.forms = forms;
    }

    @GetMapping
    String task(@PathVariable long id, Caller caller, Model model) {
        return page(id, caller, model, Map.of(), null, Map.of());
    }

    @PostMapping("/complete")
    String complete(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Caller caller, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return submit(id, form, caller, model, response, redirect, completion -> inbox.complete(id, completion, caller));
    }

    /** The delegate sends the task back to its owner with the form as a draft (委派: the owner completes it). */
    @PostMapping("/resolve")
    String resolve(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Caller caller, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return submit(id, form, caller, model, response, redirect,
                completion -> inbox.resolve(id, TaskForms.body(completion), caller));
    }

    /**
     * The form read as a completion and handed to {@code act}; back to the inbox when done, or the page again with
     * what was submitted and the refusal next to the field it names (above the form if it names none).
     */
    private String submit(long id, MultiValueMap<String, String> form, Caller caller, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, Consumer<TaskCompletion> act) {
        String formKey = inbox.get(id, caller).getFormKey();
        try {
            act.accept(forms.completion(formKey, form));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String field = fieldOf(e.getMessage());
            return page(id, caller, model, field == null ? Map.of() : Map.of(field, e.getMessage()),
                    field == null ? e.getMessage() : null, form.toSingleValueMap());
        }
        redirect.addFlashAttribute("done", id);
        return "redirect:/console/inbox";
    }

    @PostMapping("/unclaim")
    String unclaim(@PathVariable long id, Caller caller) {
        inbox.unclaim(id, caller);
        return "redirect:/console/inbox";
    }

    @PostMapping("/follow-up")
    String followUp(@PathVariable long id, @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, Caller caller) {
        inbox.followUp(id, until == null ? null : until.atStartOfDay(LegalTime.ZONE).toInstant(), caller);
        return "redirect:/console/tasks/" + id;
    }

    @PostMapping("/delegate")
    String delegate(@PathVariable long id, @RequestParam String to, Caller caller) {
        inbox.delegate(id, to, caller);
        return "redirect:/console/inbox";
    }

    @PostMapping("/assign")
    String assign(@PathVariable long id, @RequestParam String assignee, Caller caller) {
        inbox.assign(id, assignee, caller);
        return "redirect:/console/tasks/" + id;
    }

    @PostMapping("/priority")
    String prioritise(@PathVariable long id, @RequestParam int priority, Caller caller) {
        inbox.prioritise(id, priority, caller);
        return "redirect:/console/tasks/" + id;
    }

    @PostMapping("/comments")
    String comment(@PathVariable long id, @RequestParam String text, Caller caller) {
        comments.add(id, text, caller);
        return "redirect:/console/tasks/" + id + "#comments";
    }

    private String page(long id, Caller caller, Model model, Map<String, String> fieldErrors, String formError,
                        Map<String, String> submitted) {
        TaskContexts.TaskContext context = contexts.of(id, caller);
        TaskContexts.TaskView task = context.task();
        boolean mine = caller.username().equals(task.assignee());
        if (submitted.isEmpty() && mine && "RESOLVED".equals(task.delegationState())) {
            // Back from the delegate: the form shows their draft for the owner to approve (or change) and submit.
            submitted = forms.fields(task.formKey(), inbox.draft(id, caller));
        }
        model.addAttribute("delegatedToMe", mine && "PENDING".equals(task.delegationState()));
        model.addAttribute("context", context);
        model.addAttribute("task", context.task());
        model.addAttribute("layout", forms.layout(context.task().formKey()));
        model.addAttribute("comments", comments.of(id, caller));
        model.addAttribute("mine", mine);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("formError", formError);
        model.addAttribute("submitted", new LinkedHashMap<>(submitted));
        return "console/task";
    }

    /** The form field a refusal names first, if it is one of the form's. */
    static String fieldOf(String message) {
        String first = message.split("[\\s:：]", 2)[0];
        String top = first.contains(".") ? first.substring(0, first.indexOf('.')) : first;
        return TOP_FIELDS.contains(top) ? first : null;
    }
}
