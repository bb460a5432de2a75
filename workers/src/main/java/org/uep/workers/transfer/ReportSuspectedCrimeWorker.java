package org.uep.workers.transfer;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;
import org.uep.domain.transfer.CriminalTransfers;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;

/** 移送涉嫌犯罪: records the hand-off to the police and pauses case.decide while they decide. */
@Component
public class ReportSuspectedCrimeWorker {

    private final CriminalTransfers transfers;

    ReportSuspectedCrimeWorker(CriminalTransfers transfers) {
        this.transfers = transfers;
    }

    @JobWorker(type = JobTypes.REPORT_SUSPECTED_CRIME)
    public void reportSuspectedCrime(@Variable(name = Variables.CASE_ID) long caseId) {
        transfers.report(caseId);
    }
}
