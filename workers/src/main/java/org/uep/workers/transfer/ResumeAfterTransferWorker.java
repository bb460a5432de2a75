package org.uep.workers.transfer;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;
import org.uep.domain.transfer.CriminalTransfers;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;

/** 恢复办理: the police returned the case; case.decide runs again. */
@Component
public class ResumeAfterTransferWorker {

    private final CriminalTransfers transfers;

    ResumeAfterTransferWorker(CriminalTransfers transfers) {
        this.transfers = transfers;
    }

    @JobWorker(type = JobTypes.RESUME_AFTER_TRANSFER)
    public void resumeAfterTransfer(@Variable(name = Variables.CASE_ID) long caseId) {
        transfers.resume(caseId);
    }
}
