package org.uep.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.DomainTest;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.testing.Dossiers;
import org.uep.processes.penalty.PenaltyCaseProcess;

@DomainTest
class CaseServiceTest {

    @Autowired CaseService cases;
    @Autowired LeadService leads;
    @Autowired InboxService inbox;
    @Autowired Dossiers dossiers;

    @Test
    void filingTwiceForTheSameLeadGivesTheSameCase() {
        Lead lead = dossiers.registeredLead();

        PenaltyCase first = cases.file(lead.getId());
        PenaltyCase again = cases.file(lead.getId());

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getCaseNumber()).isEqualTo(first.getCaseNumber()).matches("DINGHAI\\.COMPREHENSIVE-\\d{4}-\\d{5}");
        assertThat(leads.get(lead.getId()).getStatus()).isEqualTo(Lead.Status.FILED);
        assertThat(cases.get(first.getId()).getDecisionDueAt()).as("the case.decide clock's due instant")
                .isAfter(first.getFiledAt().plusSeconds(89L * 24 * 3600));
    }

    @Test
    void concurrentFilingsGetDistinctGaplessNumbers() throws Exception {
        List<Lead> registered = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            registered.add(dossiers.registeredLead());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<PenaltyCase>> filed = new ArrayList<>();
        try {
            for (Lead lead : registered) {
                filed.add(pool.submit((Callable<PenaltyCase>) () -> cases.file(lead.getId())));
            }
            List<Long> sequence = new ArrayList<>();
            for (Future<PenaltyCase> f : filed) {
                String number = f.get().getCaseNumber();
                sequence.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
            }
            long lowest = sequence.stream().mapToLong(Long::longValue).min().orElseThrow();
            assertThat(sequence).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrder(lowest, lowest + 1, lowest + 2, lowest + 3, lowest + 4, lowest + 5, lowest + 6, lowest + 7);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDeclinedLeadCannotBeFiled() {
        Lead lead = dossiers.registeredLead();
        leads.decline(lead.getId());
        leads.decline(lead.getId());

        assertThatThrownBy(() -> cases.file(lead.getId())).hasMessageContaining("DECLINED");
    }

    @Test
    void closingACaseIsIdempotentAndLeavesTheTasksThatFollowItOpen() {
        Lead lead = dossiers.registeredLead();
        PenaltyCase filed = cases.file(lead.getId());
        // The publication is reviewed in parallel with the execution and may still be open when the case closes.
        InboxTask publicationReview = dossiers.openTask(lead, filed.getId(), PenaltyCaseProcess.Elements.REVIEW_PUBLICATION,
                PenaltyCaseProcess.Forms.PUBLICATION_REVIEW, "officer");

        cases.close(filed.getId());
        PenaltyCase closedAgain = cases.close(filed.getId());

        assertThat(closedAgain.getStatus()).isEqualTo(PenaltyCase.Status.CLOSED);
        assertThat(inbox.find(publicationReview.getId()).getStatus()).isEqualTo(InboxTask.Status.OPEN);
    }

    @Test
    void caseNumbersNameTheUnitBelowTheCity() {
        assertThat(CaseService.caseNumber("/zhoushan/dinghai/comprehensive", 2026, 42))
                .isEqualTo("DINGHAI.COMPREHENSIVE-2026-00042");
        assertThat(CaseService.caseNumber("/zhoushan", 2026, 7)).isEqualTo("ZHOUSHAN-2026-00007");
    }
}
