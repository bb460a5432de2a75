package org.uep.api.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The BPMN models the app deploys ({@code bpmn/*.bpmn} on the classpath), by process id: drawn on the case page. */
@Component
class ProcessModels {

    private static final Pattern PROCESS_ID = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");

    private final Map<String, String> byId;

    ProcessModels() {
        Map<String, String> read = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
                try (InputStream in = resource.getInputStream()) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    Matcher process = PROCESS_ID.matcher(xml);
                    while (process.find()) {
                        read.put(process.group(1), xml);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The BPMN models are unreadable", e);
        }
        this.byId = Map.copyOf(read);
    }

    Set<String> processIds() {
        return new TreeSet<>(byId.keySet());
    }

    Optional<String> xml(String processId) {
        return Optional.ofNullable(byId.get(processId));
    }
}
