package org.uep.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.uep.domain.DomainException;
import org.uep.domain.tasks.TaskCompletion;

/** The console's form layouts and how a submitted form becomes a completion (pure: no Spring, no database). */
class TaskFormsTest {

    private final TaskForms forms = new TaskForms();

    @Test
    void everyFormOfTheDeployedModelsHasALayout() throws IOException {
        Set<String> modelled = new TreeSet<>();
        Pattern formKey = Pattern.compile("formKey=\"(uep:[a-z-]+)\"");
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
            try (InputStream in = model.getInputStream()) {
                Matcher found = formKey.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (found.find()) {
                    modelled.add(found.group(1));
                }
            }
        }
        assertThat(modelled).hasSizeGreaterThan(20);
        assertThat(forms.formKeys()).containsAll(modelled);
        assertThat(forms.layout("uep:legal-review").outcomes()).containsExactly("AGREE", "RETURN", "TRANSFER");
        assertThat(forms.layout("uep:no-such-form").listed()).isFalse();
    }

    @Test
    void aSubmittedFormBecomesTheCompletionTheApiWouldTake() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("outcome", " FILE ");
        form.add("opinion", "经核查属实。");
        form.add("data.actEndedOn", "2026-10-27");
        form.add("data.competentBody", "   ");
        TaskCompletion verification = forms.completion("uep:lead-verification", form);
        assertThat(verification.outcome()).isEqualTo("FILE");
        assertThat(verification.opinion()).isEqualTo("经核查属实。");
        assertThat(verification.data()).isEqualTo(Map.of("actEndedOn", "2026-10-27", "gravelyHarmful", false));

        MultiValueMap<String, String> service = new LinkedMultiValueMap<>();
        service.add("data.servedAt", "2026-12-01T10:00");
        service.add("data.method", "DIRECT");
        service.add("data.electronicConsent", "true");
        assertThat(forms.completion("uep:decision-service", service).data()).isEqualTo(Map.of(
                "servedAt", "2026-12-01T10:00+08:00", "method", "DIRECT", "electronicConsent", true));

        MultiValueMap<String, String> investigation = new LinkedMultiValueMap<>();
        investigation.add("findings", "现场检查属实。");
        investigation.add("officers", "officer.dinghai1， officer.dinghai2,");
        assertThat(forms.completion("uep:investigation", investigation).officers())
                .containsExactly("officer.dinghai1", "officer.dinghai2");

        MultiValueMap<String, String> generic = new LinkedMultiValueMap<>();
        generic.add("outcome", "DONE");
        generic.add("data", "{\"note\": \"x\"}");
        assertThat(forms.completion("uep:no-such-form", generic).data()).isEqualTo(Map.of("note", "x"));
    }

    @Test
    void malformedValuesAreRefusedNamingTheirField() {
        MultiValueMap<String, String> proposal = new LinkedMultiValueMap<>();
        proposal.add("data.penalty", "{not json");
        assertThatThrownBy(() -> forms.completion("uep:penalty-proposal", proposal))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("data.penalty is not valid JSON");
        MultiValueMap<String, String> review = new LinkedMultiValueMap<>();
        review.add("data.score", "ninety");
        assertThatThrownBy(() -> forms.completion("uep:case-file-review", review))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("data.score must be a whole number");
        MultiValueMap<String, String> service = new LinkedMultiValueMap<>();
        service.add("data.servedAt", "tomorrow");
        assertThatThrownBy(() -> forms.completion("uep:notice-service", service))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("data.servedAt must be a date and time");
    }

    @Test
    void aRefusalIsShownNextToTheFieldItNames() {
        assertThat(TaskPage.fieldOf("opinion is required: write the reasons")).isEqualTo("opinion");
        assertThat(TaskPage.fieldOf("outcome must be one of [APPROVE, REJECT]")).isEqualTo("outcome");
        assertThat(TaskPage.fieldOf("data.servedAt must be an ISO-8601 date-time")).isEqualTo("data.servedAt");
        assertThat(TaskPage.fieldOf("officers: officer.x is not a known officer")).isEqualTo("officers");
        assertThat(TaskPage.fieldOf("Task 5 does not exist")).as("not a field: shown above the form").isNull();
    }
}
