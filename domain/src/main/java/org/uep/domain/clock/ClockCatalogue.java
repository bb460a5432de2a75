package org.uep.domain.clock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;

/** The statutory clock catalogue: read by everyone; configurable ([C]) rows adjusted by the system administrator. */
@Service
public class ClockCatalogue {

    public static final String AUDIT_STREAM = "admin/clocks";
    static final int MAX_LENGTH = 3660;

    private final ClockDefinitionRepository definitions;
    private final AccessPolicy access;
    private final AuditLog audit;

    public ClockCatalogue(ClockDefinitionRepository definitions, AccessPolicy access, AuditLog audit) {
        this.definitions = definitions;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ClockDefinition> all() {
        return definitions.findAllByOrderById();
    }

    @Transactional(readOnly = true)
    public ClockDefinition get(String id) {
        return definitions.findById(id).orElseThrow(() -> DomainException.notFound("Clock", id));
    }

    /** Adjusts a configurable clock's length and extension for this jurisdiction; statute-fixed clocks are refused. */
    @Transactional
    public ClockDefinition adjust(String id, int length, Integer extensionLength, Caller caller) {
        access.requireAnyRole(caller, AccessPolicy.SYSTEM_ADMIN_ROLES, "adjust the clock catalogue");
        ClockDefinition clock = get(id);
        if (!clock.isConfigurable()) {
            throw DomainException.conflict("Clock " + id + " is fixed by " + clock.getBasis() + " and cannot be adjusted");
        }
        if (length < 1 || length > MAX_LENGTH || (extensionLength != null && (extensionLength < 1 || extensionLength > MAX_LENGTH))) {
            throw DomainException.invalid("length and extension must be between 1 and " + MAX_LENGTH);
        }
        Map<String, Object> before = state(clock);
        clock.adjust(length, extensionLength);
        audit.append(AUDIT_STREAM, caller.username(), null, "clock.adjusted", before, state(clock));
        return clock;
    }

    private static Map<String, Object> state(ClockDefinition clock) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", clock.getId());
        state.put("length", clock.getLength());
        state.put("unit", clock.getUnit());
        state.put("extensionLength", clock.getExtensionLength());
        return state;
    }
}
