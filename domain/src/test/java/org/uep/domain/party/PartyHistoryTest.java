package org.uep.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.domain.cases.CaseService;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.lead.NewLead;
import org.uep.domain.party.DossierEntry.Outcome;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;

/**
 * One party with dossiers at two bodies — Dinghai's comprehensive team (A) and Putuo's market regulation (B) — read
 * by callers the access policy treats differently. Received in this order: A closed case, B open case, A declined
 * lead, B pending lead; and, as an agent only, one more A lead that is not part of the party's history.
 */
@DomainTest
class PartyHistoryTest {

    private static final String BODY_A = Callers.DINGHAI;
    private static final String BODY_B = "/zhoushan/putuo/market-regulation";
    private static final String MATTER_A = "330217001000";
    private static final String MATTER_B = "330215002000";

    @Autowired PartyRegister register;
    @Autowired LeadService leads;
    @Autowired CaseService cases;
    @Autowired AccessPolicy access;

    private final Caller officerA = Callers.officer("officer.dinghai1");
    private final Caller officerB = caller("officer.putuo.market", BODY_B, "officer");

    private Party party;
    private Lead closedA;
    private PenaltyCase closedCaseA;
    private Lead openB;
    private Lead declinedA;
    private Lead pendingB;
    private Lead agentOnlyA;

    private static Caller caller(String username, String unit, String role) {
        return new Caller(username, username, List.of(unit), Set.of(role),
                Credentials.certificate("ZJ-" + username, LocalDate.of(2030, 12, 31)));
    }

    @BeforeEach
    void dossiersAtTwoBodies() {
        party = register.register(new PartyDetails(PartyKind.NATURAL_PERSON, IdentifierType.RESIDENT_ID,
                FreshIdentifiers.residentId(), "陈某", null, null), officerA);
        closedA = lead(officerA, BODY_A, MATTER_A, DossierRole.PARTY);
        closedCaseA = cases.close(cases.file(closedA.getId()).getId());
        openB = lead(officerB, BODY_B, MATTER_B, DossierRole.PARTY);
        cases.file(openB.getId());
        declinedA = lead(officerA, BODY_A, MATTER_A, DossierRole.PARTY);
        leads.decline(declinedA.getId());
        pendingB = lead(officerB, BODY_B, null, DossierRole.PARTY);
        agentOnlyA = lead(officerA, BODY_A, MATTER_A, DossierRole.AGENT);
    }

    private Lead lead(Caller officer, String unit, String matterCode, DossierRole role) {
        Lead lead = leads.receive(new NewLead(unit, "INSPECTION", "出店经营 " + unit, null, "陈某", matterCode), officer);
        leads.register(lead.getId(), Dossiers.nextKey());
        register.addToDossier(lead.getId(), party.getId(), role, officer);
        return leads.get(lead.getId());
    }

    @Test
    void anOfficerSeesTheirBodysDossiersInFullAndTheOtherBodysAsDatesMatterAndOutcomeOnly() {
        List<DossierEntry> history = register.history(party.getId(), officerA);

        assertThat(history).extracting(DossierEntry::outcome)
                .containsExactly(Outcome.PENDING, Outcome.DECLINED, Outcome.OPEN, Outcome.CLOSED);
        assertThat(history).extracting(DossierEntry::restricted).containsExactly(true, false, true, false);
        assertThat(history).extracting(DossierEntry::matterCode).containsExactly(null, MATTER_A, MATTER_B, MATTER_A);

        LocalDate today = LegalTime.dayOf(Instant.now());
        DossierEntry otherBodysCase = history.get(2);
        assertThat(otherBodysCase.receivedOn()).isEqualTo(today);
        assertThat(otherBodysCase.filedOn()).isEqualTo(today);
        assertThat(otherBodysCase.details()).isNull();

        DossierEntry ownCase = history.get(3);
        assertThat(ownCase.details()).isEqualTo(new DossierEntry.Details(closedA.getId(), closedCaseA.getId(),
                closedCaseA.getCaseNumber(), BODY_A, closedA.getSummary()));
        assertThat(history.get(1).details().leadId()).isEqualTo(declinedA.getId());
        assertThat(history.get(1).filedOn()).isNull();
        assertThat(history.get(1).details().caseId()).isNull();

        assertThat(register.history(party.getId(), officerB)).extracting(DossierEntry::restricted)
                .as("and the other way round").containsExactly(false, true, false, true);
    }

    @Test
    void aSupervisorReadsTheDossiersOfTheBureausRegionInFull() {
        Caller city = caller("supervisor.justice", "/zhoushan/justice-bureau", "supervisor");
        Caller dinghai = caller("supervisor.dinghai", "/zhoushan/dinghai/justice-bureau", "supervisor");

        assertThat(register.history(party.getId(), city)).extracting(DossierEntry::restricted).containsOnly(false);
        assertThat(register.history(party.getId(), dinghai)).extracting(DossierEntry::restricted)
                .containsExactly(true, false, true, false);
    }

    @Test
    void aDossierSharedWithAnotherBodyIsReadInFullThereAndOnlyThatOne() {
        Caller environment = caller("officer.dinghai.env", "/zhoushan/dinghai/ecology-environment", "officer");
        access.share(openB.getId(), "/zhoushan/dinghai/ecology-environment", AccessPolicy.ShareKind.JOINT_INSPECTION, Instant.now());

        List<DossierEntry> history = register.history(party.getId(), environment);

        assertThat(history).extracting(DossierEntry::restricted).containsExactly(true, true, false, true);
        assertThat(history.get(2).details().leadId()).isEqualTo(openB.getId());
    }

    @Test
    void administratorsReadNoDossiersAndSoNoHistory() {
        for (String role : AccessPolicy.ADMIN_ROLES) {
            Caller administrator = caller(role, "/zhoushan", role);
            assertThatThrownBy(() -> register.history(party.getId(), administrator)).as(role)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
            assertThatThrownBy(() -> register.priorDossiers(party.getId(), closedA.getId(), administrator)).as(role)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        }
    }

    @Test
    void priorDossiersAreThoseReceivedBeforeTheLeadAcrossBodiesAndCountTheFiledCases() {
        PriorDossiers beforePending = register.priorDossiers(party.getId(), pendingB.getId(), officerB);
        assertThat(beforePending.entries()).extracting(DossierEntry::outcome)
                .containsExactly(Outcome.DECLINED, Outcome.OPEN, Outcome.CLOSED);
        assertThat(beforePending.entries()).extracting(DossierEntry::restricted).containsExactly(true, false, true);
        assertThat(beforePending.filedCases()).isEqualTo(2);

        assertThat(register.priorDossiers(party.getId(), openB.getId(), officerB).filedCases()).isOne();
        assertThat(register.priorDossiers(party.getId(), closedA.getId(), officerA).entries()).isEmpty();
        assertThat(register.priorDossiers(party.getId(), agentOnlyA.getId(), officerA).entries())
                .as("a dossier where the party is only an agent is not part of its record").hasSize(4);
        assertThatThrownBy(() -> register.priorDossiers(party.getId(), pendingB.getId(), officerA))
                .as("the lead asked about must be readable")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void theHistoryOfAnUnknownPartyIsNotFound() {
        assertThatThrownBy(() -> register.history(Long.MAX_VALUE, officerA))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }
}
