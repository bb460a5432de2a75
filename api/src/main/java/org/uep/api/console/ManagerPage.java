package org.uep.api.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uep.api.web.Choices;
import org.uep.domain.access.Caller;
import org.uep.domain.tasks.InboxSearch;
import org.uep.domain.tasks.UnitWorkload;

/** 工作量 The workload page of squad leaders, managers and heads: open tasks of their units by step and officer. */
@Controller
@RequestMapping("/console/manager")
class ManagerPage {

    private final UnitWorkload workload;

    ManagerPage(UnitWorkload workload) {
        this.workload = workload;
    }

    /** One step's row: its loads by officer and its totals. */
    record StepRow(String elementId, String name, List<UnitWorkload.Load> loads, long open, long overdue, long dueSoon) {}

    @GetMapping
    String overview(Caller caller, Model model) {
        List<UnitWorkload.Load> loads = workload.loads(caller);
        Map<String, List<UnitWorkload.Load>> bySteps = new TreeMap<>();
        loads.forEach(l -> bySteps.computeIfAbsent(l.elementId(), k -> new ArrayList<>()).add(l));
        model.addAttribute("steps", bySteps.values().stream().map(l -> new StepRow(l.getFirst().elementId(),
                l.getFirst().stepName(), l, sum(l, UnitWorkload.Load::open), sum(l, UnitWorkload.Load::overdue),
                sum(l, UnitWorkload.Load::dueSoon))).toList());
        model.addAttribute("open", sum(loads, UnitWorkload.Load::open));
        model.addAttribute("overdue", sum(loads, UnitWorkload.Load::overdue));
        model.addAttribute("dueSoon", sum(loads, UnitWorkload.Load::dueSoon));
        return "console/manager";
    }

    /** The tasks behind a count: {@code assignee} blank for the unclaimed ones, absent for all. */
    @GetMapping("/tasks")
    String tasks(@RequestParam(required = false) String step, @RequestParam(required = false) String assignee,
                 @RequestParam(required = false) String urgency, Caller caller, Model model) {
        model.addAttribute("items", workload.tasks(caller, step, assignee,
                Choices.of(InboxSearch.Urgency.class, "urgency", urgency)));
        model.addAttribute("step", step);
        model.addAttribute("assignee", assignee);
        model.addAttribute("urgency", urgency);
        return "console/manager-tasks";
    }

    private static long sum(List<UnitWorkload.Load> loads, ToLongFunction<UnitWorkload.Load> count) {
        return loads.stream().mapToLong(count).sum();
    }
}
