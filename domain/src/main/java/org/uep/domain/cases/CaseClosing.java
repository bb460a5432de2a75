package org.uep.domain.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.document.DocumentKind;
import org.uep.domain.document.Documents;
import org.uep.domain.execution.Execution;
import org.uep.domain.execution.ExecutionService;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.party.Party;
import org.uep.domain.party.PartyRegister;
import org.uep.domain.penalty.PenaltyDecision;
import org.uep.domain.penalty.PenaltyProceedings;

/**
 * 结案 with its 结案报告: the case is closed ({@link CaseService#close}) and the closing report rendered, once, in one
 * transaction. Safe to repeat: a closed case and its report stay as they are.
 */
@Service
public class CaseClosing {

    static final String REPORT_KEY = "closing";

    private final CaseService cases;
    private final LeadService leads;
    private final PartyRegister parties;
    private final PenaltyProceedings proceedings;
    private final ExecutionService executions;
    private final Documents documents;

    CaseClosing(CaseService cases, LeadService leads, PartyRegister parties, PenaltyProceedings proceedings,
                ExecutionService executions, Documents documents) {
        this.cases = cases;
        this.leads = leads;
        this.parties = parties;
        this.proceedings = proceedings;
        this.executions = executions;
        this.documents = documents;
    }

    @Transactional
    public PenaltyCase close(long caseId) {
        PenaltyCase closed = cases.close(caseId);
        documents.issue(caseId, DocumentKind.CLOSING_REPORT, REPORT_KEY, report(closed), AuditLog.SYSTEM);
        return closed;
    }

    private Map<String, String> report(PenaltyCase closed) {
        long leadId = closed.getLeadId();
        Lead lead = leads.get(leadId);
        Optional<PenaltyDecision> decision = proceedings.decision(leadId);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("party", parties.partyOf(leadId).map(Party::getName)
                .orElse(lead.getPartyName() == null ? "未登记" : lead.getPartyName()));
        fields.put("cause", lead.getSummary());
        fields.put("outcome", decision.map(d -> d.getPenalty().describe()
                        + (d.getDocumentNumber() == null ? "" : "（" + d.getDocumentNumber() + "）"))
                .orElse("未作出行政处罚决定（不予处罚或移送司法机关，见案卷）。"));
        fields.put("execution", decision.filter(d -> d.getPenalty().fineFen() > 0)
                .map(d -> execution(executions.statement(leadId).execution())).orElse("无罚没款缴纳义务。"));
        fields.put("handlerOpinion", "案件已办理终结，予以结案。");
        return fields;
    }

    private static String execution(Execution execution) {
        if (execution.getPaidInFullAt() != null) {
            return "罚没款已于" + Documents.chineseDate(LegalTime.dayOf(execution.getPaidInFullAt())) + "缴清。";
        }
        if (execution.getCourtAppliedAt() != null) {
            return "已于" + Documents.chineseDate(LegalTime.dayOf(execution.getCourtAppliedAt())) + "向" + execution.getCourt()
                    + "申请强制执行。";
        }
        return "罚没款尚未缴清。";
    }
}
