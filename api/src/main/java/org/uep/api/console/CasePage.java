package org.uep.api.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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

    private static final Pattern PROCESS_ID = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");

    private final CaseViews cases;
    private final InboxService inbox;
    private final Documents documents;
    /** The deployed models by process id (the same files the app deploys). */
    private final Map<String, String> models;

    CasePage(CaseViews cases, InboxService inbox, Documents documents) {
        this.cases = cases;
        this.inbox = inbox;
        this.documents = documents;
        this.models = models();
    }

    /** Steps of one process of the dossier: done (completed tasks) and waiting (open tasks). */
    record Diagram(String processId, Set<String> done, Set<String> current) {}

    @GetMapping("/cases/{id}")
    String file(@PathVariable long id, Caller caller, Model model) {
        CaseViews.CaseView view = cases.of(id, caller);
        Map<String, Diagram> diagrams = new LinkedHashMap<>();
        for (InboxTask task : inbox.tasksOfLead(view.leadId())) {
            if (!models.containsKey(task.getProcessId())) {
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
        return "console/case";
    }

    @GetMapping(value = "/processes/{processId}", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    String process(@PathVariable String processId) {
        String xml = models.get(processId);
        if (xml == null) {
            throw DomainException.notFound("Process model", processId);
        }
        return xml;
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<InputStreamResource> document(@PathVariable long id, Caller caller) {
        Documents.DocumentFile file = documents.open(id, caller);
        CaseDocument d = file.document();
        return FileResponses.download(file.content(), d.getMediaType(), d.getSize(), d.getSha256(), d.fileName());
    }

    private static Map<String, String> models() {
        Map<String, String> byId = new LinkedHashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
                try (InputStream in = resource.getInputStream()) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    Matcher process = PROCESS_ID.matcher(xml);
                    while (process.find()) {
                        byId.put(process.group(1), xml);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The BPMN models are unreadable", e);
        }
        return Map.copyOf(byId);
    }
}
