package org.uep.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.uep.domain.DomainTest;

@DomainTest
class AuditLogTest {

    @Autowired AuditLog audit;
    @Autowired AuditEventRepository events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theAuditTrailIsAppendOnly() {
        AuditEvent event = tx.execute(s -> audit.append("test/append-only", "tester", null, "test.event",
                null, Map.of("k", "v")));

        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'forger' where id = ?", event.getId()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", event.getId()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .hasMessageContaining("append-only");
        assertThat(events.findByStreamOrderById("test/append-only"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("tester");
                    assertThat(e.getAfter()).contains("\"k\"");
                });
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.append("test/no-tx", "tester", null, "test.event", null, null))
                .hasMessageContaining("transaction");
    }
}
