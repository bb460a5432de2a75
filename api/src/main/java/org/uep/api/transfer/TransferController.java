package org.uep.api.transfer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.uep.domain.access.Caller;
import org.uep.domain.transfer.CriminalTransfer;
import org.uep.domain.transfer.CriminalTransfers;

/** 行刑衔接 Criminal transfer: the police's answer to a case reported as a suspected crime. */
@RestController
@Tag(name = "Criminal transfer 行刑衔接")
class TransferController {

    private final CriminalTransfers transfers;

    TransferController(CriminalTransfers transfers) {
        this.transfers = transfers;
    }

    record TransferOutcomeRequest(String outcome, String note) {}

    record TransferView(long id, long caseId, String status, Instant reportedAt, String reportedBy, String answerNote,
                        Instant answeredAt, String answeredBy) {
        static TransferView of(CriminalTransfer t) {
            return new TransferView(t.getId(), t.getCaseId(), t.getStatus().name(), t.getReportedAt(), t.getReportedBy(),
                    t.getAnswerNote(), t.getAnsweredAt(), t.getAnsweredBy());
        }
    }

    @PostMapping("/api/cases/{id}/transfer-outcome")
    @Operation(summary = "Record the police's answer to the case's transfer (ACCEPTED: the case ends and closes; "
            + "RETURNED: the case resumes). Officers, squad leaders and heads of the case's unit; 409 when no transfer "
            + "awaits an answer")
    TransferView answer(@PathVariable long id, @RequestBody TransferOutcomeRequest request, Caller caller) {
        return TransferView.of(transfers.answer(id, request.outcome(), request.note(), caller));
    }
}
