package org.uep.domain.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.access.Credentials;
import org.uep.domain.cases.CaseService;
import org.uep.domain.decision.Decisions;
import org.uep.domain.organisation.Directory;
import org.uep.domain.organisation.OfficerEntry;
import org.uep.domain.party.DossierRole;
import org.uep.domain.party.IdentifierType;
import org.uep.domain.party.Party;
import org.uep.domain.party.PartyDetails;
import org.uep.domain.party.PartyKind;
import org.uep.domain.party.PartyRegister;
import org.uep.domain.penalty.Penalty;
import org.uep.domain.penalty.PenaltyNotice;
import org.uep.domain.penalty.PenaltyProceedings;
import org.uep.domain.penalty.ProposalDetails;
import org.uep.domain.penalty.ReviewGate;
import org.uep.domain.penalty.ServiceMethod;

/**
 * Cases whose general-procedure decision with a ¥200 fine is issued and served at the domain clock's now, as the
 * penalty stage leaves them (party registered, notice served and waived, decision approved by head.dinghai).
 */
@Component
public class ServedDecisions {

    public static final String OFFICER = "officer.dinghai1";
    public static final String HEAD = "head.dinghai";
    public static final long FINE = 20_000;
    /** A 定海区 resident born 1990-03-07 and one born 2012-05-20 (a minor in 2026). */
    public static final String ADULT = residentId("33090219900307123");
    public static final String MINOR = residentId("33090220120520123");

    private final Dossiers dossiers;
    private final CaseService cases;
    private final PartyRegister parties;
    private final ReviewGate gate;
    private final PenaltyProceedings proceedings;
    private final Decisions decisions;
    private final Directory directory;
    private final Clock clock;

    public ServedDecisions(Dossiers dossiers, CaseService cases, PartyRegister parties, ReviewGate gate,
                           PenaltyProceedings proceedings, Decisions decisions, Directory directory, Clock clock) {
        this.dossiers = dossiers;
        this.cases = cases;
        this.parties = parties;
        this.gate = gate;
        this.proceedings = proceedings;
        this.decisions = decisions;
        this.directory = directory;
        this.clock = clock;
    }

    /** The served case's id; its party is a person with {@code residentId}, phone 13812345678 named in the facts. */
    public long served(String residentId) {
        long lead = dossiers.registeredLead().getId();
        long caseId = cases.file(lead).getId();
        Party party = parties.register(new PartyDetails(PartyKind.NATURAL_PERSON, IdentifierType.RESIDENT_ID, residentId,
                "张三", "定海区解放路1号", "13812345678"), Callers.officer(OFFICER));
        parties.addToDossier(lead, party.getId(), DossierRole.PARTY, Callers.officer(OFFICER));
        Penalty fine = new Penalty(List.of(Penalty.Measure.of(Penalty.Kind.FINE, FINE)), "《城市市容和环境卫生管理条例》第三十六条",
                Penalty.DiscretionTier.ORDINARY, false);
        gate.propose(lead, new ProposalDetails(fine, "当事人张三（身份证号 " + residentId + "，电话 13812345678）在解放路占道经营。",
                "现场照片", "《城市市容和环境卫生管理条例》第十四条", "占道经营", List.of()), OFFICER);
        gate.issueNotice(lead, OFFICER);
        PenaltyNotice notice = proceedings.notices(lead).getLast();
        Instant now = clock.instant();
        proceedings.noticeServed(notice.getId(), now, ServiceMethod.DIRECT, false, OFFICER);
        proceedings.waiverReceived(notice.getId(), now, PenaltyNotice.Waiver.STATEMENT_DEFENCE_AND_HEARING, OFFICER);
        proceedings.decide(lead, fine, HEAD, HEAD);
        decisions.issue(lead, OFFICER);
        decisions.served(lead, clock.instant(), ServiceMethod.DIRECT, false, OFFICER);
        return caseId;
    }

    /** The head of the Dinghai comprehensive team, as the directory knows them after a sync. */
    public void headKnown() {
        directory.recordLogin(new OfficerEntry(HEAD, HEAD, Callers.DINGHAI, List.of(Callers.DINGHAI), Set.of("head"),
                Credentials.certificate("ZJ-" + HEAD, LocalDate.of(2030, 12, 31))), Instant.now());
    }

    /** GB 11643 check character (ISO 7064 MOD 11-2). */
    private static String residentId(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
