package org.uep.workers.inbox;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Element names (立案审批 / File case approval) of the shipped models: jobs carry only element ids. */
@Component
class ProcessModelNames {

    private final Map<String, String> names = new HashMap<>();

    ProcessModelNames() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
                try (InputStream in = resource.getInputStream()) {
                    BpmnModelInstance model = Bpmn.readModelFromStream(in);
                    for (Process process : model.getModelElementsByType(Process.class)) {
                        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                            if (element.getName() != null) {
                                names.put(process.getId() + "#" + element.getId(), element.getName());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the BPMN models", e);
        }
    }

    /** The element's name, or its id when the model has none. */
    String nameOf(String processId, String elementId) {
        return names.getOrDefault(processId + "#" + elementId, elementId);
    }
}
