package org.uep.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.domain.audit.AuditEvent;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.lead.Lead;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;

@DomainTest
class PartyRegisterTest {

    @Autowired PartyRegister register;
    @Autowired AuditEventRepository audit;
    @Autowired Dossiers dossiers;
    @Autowired JdbcTemplate jdbc;

    private final Caller officer = Callers.officer("officer.dinghai1");

    private static PartyDetails person(String id, String name, String address, String phone) {
        return new PartyDetails(PartyKind.NATURAL_PERSON, IdentifierType.RESIDENT_ID, id, name, address, phone);
    }

    private List<String> actions(String stream) {
        return audit.findByStreamOrderById(stream).stream().map(AuditEvent::getAction).toList();
    }

    private long partyRows() {
        return jdbc.queryForObject("select count(*) from party", Long.class);
    }

    @Test
    void registeringAKnownIdentifierKeepsTheRecordAndTakesTheLatestDetails() {
        String id = FreshIdentifiers.residentId();
        Party first = register.register(person(id.toLowerCase(), " 张三 ", "定海区解放路1号", "13800000000"), officer);
        Party renamed = register.register(person(id, "张叁", "定海区人民路2号", null), officer);
        Party again = register.register(person(id, "张叁", null, " "), officer);

        assertThat(renamed.getId()).isEqualTo(first.getId());
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getIdentifier()).isEqualTo(id);
        assertThat(again.getName()).isEqualTo("张叁");
        assertThat(again.getAddress()).isEqualTo("定海区人民路2号");
        assertThat(again.getPhone()).as("a registration without a phone keeps the known one").isEqualTo("13800000000");
        List<AuditEvent> events = audit.findByStreamOrderById(PartyRegister.auditStream(first.getId()));
        assertThat(events).extracting(AuditEvent::getAction).containsExactly("party.registered", "party.updated");
        assertThat(events.get(1).getBefore()).contains("张三");
        assertThat(events.get(1).getAfter()).contains("张叁", "人民路");
    }

    @Test
    void concurrentRegistrationsOfOneIdentifierEndWithOneRecord() throws Exception {
        String code = FreshIdentifiers.uscc();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Party>> registered = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String name = "舟山某某海产品有限公司" + (i % 2 == 0 ? "" : "（更名）");
                registered.add(pool.submit((Callable<Party>) () -> {
                    start.await();
                    return register.register(new PartyDetails(PartyKind.ORGANISATION, IdentifierType.USCC, code, name,
                            null, null), officer);
                }));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<Party> party : registered) {
                ids.add(party.get().getId());
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(jdbc.queryForObject("select count(*) from party where identifier = ?", Long.class, code)).isOne();
            assertThat(actions(PartyRegister.auditStream(ids.get(0)))).filteredOn("party.registered"::equals).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidDetailsAreRefusedNamingTheFieldAndChangeNothing() {
        long parties = partyRows();
        String id = FreshIdentifiers.residentId();
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');

        assertInvalid(person(wrongCheck, "张三", null, null), "identifier: 身份证号校验码错误 / resident ID check character is wrong");
        assertInvalid(person(id, " ", null, null), "name: 名称或姓名不能为空 / name is required");
        assertInvalid(person(id, "张三", "路".repeat(501), null), "address: 地址不能超过500个字符");
        assertInvalid(new PartyDetails(PartyKind.ORGANISATION, IdentifierType.RESIDENT_ID, id, "某公司", null, null),
                "identifierType: 组织应以统一社会信用代码登记");
        assertInvalid(new PartyDetails(PartyKind.NATURAL_PERSON, IdentifierType.USCC, FreshIdentifiers.uscc(), "张三", null, null),
                "identifierType: 自然人应以居民身份证或其他个人证件登记");
        assertInvalid(new PartyDetails(null, IdentifierType.RESIDENT_ID, id, "张三", null, null), "kind: 当事人类型不能为空");
        assertInvalid(new PartyDetails(PartyKind.NATURAL_PERSON, null, id, "张三", null, null), "identifierType: 证件类型不能为空");

        assertThat(partyRows()).isEqualTo(parties);
    }

    private void assertInvalid(PartyDetails details, String message) {
        assertThatThrownBy(() -> register.register(details, officer))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID))
                .hasMessageStartingWith(message);
    }

    @Test
    void anUnregisteredBodyIsRegisteredByItsDocumentAndOnlyCaseWorkersRegister() {
        Party body = register.register(new PartyDetails(PartyKind.ORGANISATION, IdentifierType.UNREGISTERED_BODY_DOCUMENT,
                "zs" + FreshIdentifiers.residentId().substring(8), "某村夜市摊贩自治小组", null, null), officer);
        assertThat(body.getKind()).isEqualTo(PartyKind.ORGANISATION);
        assertThat(body.getIdentifier()).startsWith("ZS");

        Caller supervisor = new Caller("supervisor.justice", "s", List.of("/zhoushan/justice-bureau"), Set.of("supervisor"),
                Credentials.NONE);
        assertThatThrownBy(() -> register.register(person(FreshIdentifiers.residentId(), "李四", null, null), supervisor))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    }

    @Test
    void namingAPartyInADossierIsAuditedOnceAndAnotherRoleIsAConflict() {
        Lead lead = dossiers.registeredLead();
        Party party = register.register(person(FreshIdentifiers.residentId(), "王五", null, null), officer);

        register.addToDossier(lead.getId(), party.getId(), DossierRole.PARTY, officer);
        register.addToDossier(lead.getId(), party.getId(), DossierRole.PARTY, officer);

        assertThat(actions(AuditLog.leadStream(lead.getId()))).filteredOn("party.added"::equals).hasSize(1);
        assertThatThrownBy(() -> register.addToDossier(lead.getId(), party.getId(), DossierRole.AGENT, officer))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT))
                .hasMessageContaining("already named in lead " + lead.getId() + " as PARTY");
        assertThatThrownBy(() -> register.addToDossier(lead.getId(), party.getId(), null, officer))
                .hasMessageStartingWith("role: ");
    }

    @Test
    void onlyCaseWorkersOfTheDossiersUnitNameItsParties() {
        Lead lead = dossiers.registeredLead();
        Party party = register.register(person(FreshIdentifiers.residentId(), "赵六", null, null), officer);
        Caller supervisor = new Caller("supervisor.dinghai", "s", List.of("/zhoushan/dinghai/justice-bureau"),
                Set.of("supervisor"), Credentials.NONE);

        assertThatThrownBy(() -> register.addToDossier(lead.getId(), party.getId(), DossierRole.PARTY, supervisor))
                .as("reads the dossier, may not change it")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> register.addToDossier(lead.getId(), party.getId(), DossierRole.PARTY, Callers.outsider("officer.huannan")))
                .as("cannot see the dossier at all")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> register.addToDossier(lead.getId(), Long.MAX_VALUE, DossierRole.PARTY, officer))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(jdbc.queryForObject("select count(*) from dossier_party where lead_id = ?", Long.class, lead.getId())).isZero();
    }
}
