package org.uep.api.console;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.uep.api.cases.CaseViews;
import org.uep.api.web.FileResponses;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;
import org.uep.domain.document.CaseDocument;
import org.uep.domain.document.Documents;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.InboxTask;

/**
 * 案卷 The case file page: header, clocks, the process diagrams with the steps done and the steps waiting marked,
 * approvals, documents (download), evidence, coercive measures and the timeline of every act.
 */
@Controller
@RequestMapping("/console")
class CasePage {

    private final CaseViews cases;
    private final InboxService inbox;
    private final Documents documents;
    private final ProcessModels models;

    CasePage(CaseViews cases, InboxService inbox, Documents documents, ProcessModels models) {
        this.cases = cases;
        this.inbox = inbox;
        this.documents = documents;
        this.models = models;
    }

    /** Steps of one process of the dossier: done (completed tasks) and waiting (open tasks). */
    record Diagram(String processId, Set<String> done, Set<String> current) {}

    @GetMapping("/cases/{id}")
    String file(@PathVariable long id, Caller caller, Model model) {
        CaseViews.CaseView view = cases.of(id, caller);
        Map<String, Diagram> diagrams = new LinkedHashMap<>();
        Set<String> waitingOn = new LinkedHashSet<>();
        for (InboxTask task : inbox.tasksOfLead(view.leadId())) {
            if (task.getStatus() == InboxTask.Status.OPEN) {
                waitingOn.add(task.getName());
            }
            if (models.xml(task.getProcessId()).isEmpty()) {
                continue;
            }
            Diagram diagram = diagrams.computeIfAbsent(task.getProcessId(),
                    p -> new Diagram(p, new LinkedHashSet<>(), new LinkedHashSet<>()));
            switch (task.getStatus()) {
                case OPEN -> diagram.current().add(task.getElementId());
                case COMPLETING, COMPLETED -> diagram.done().add(task.getElementId());
                default -> { }
            }
        }
        model.addAttribute("file", view);
        model.addAttribute("diagrams", diagrams.values());
        model.addAttribute("waitingOn", waitingOn);
        return "console/case";
    }

    @GetMapping(value = "/processes/{processId}", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    String process(@PathVariable String processId) {
        return models.xml(processId).orElseThrow(() -> DomainException.notFound("Process model", processId));
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<InputStreamResource> document(@PathVariable long id, Caller caller) {
        Documents.DocumentFile file = documents.open(id, caller);
        CaseDocument d = file.document();
        return FileResponses.download(file.content(), d.getMediaType(), d.getSize(), d.getSha256(), d.fileName());
    }
}
