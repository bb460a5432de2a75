package org.uep.domain.penalty;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;

/**
 * The penalty rules as data (tables penalty_threshold and penalty_trigger): read for a unit — the longest jurisdiction
 * prefix of its path wins, per threshold and per trigger list — and, for configurable thresholds, set per jurisdiction
 * by the system administrator (audited).
 */
@Service
public class RuleCatalogue {

    public static final String AUDIT_STREAM = "admin/penalty-rules";
    private static final Pattern JURISDICTION = Pattern.compile("/|(/[^/\\s]+)+");
    /** Rows whose jurisdiction is '/', the unit itself, or an ancestor of it (whole path segments only). */
    private static final String COVERS = "(jurisdiction = '/' or jurisdiction = ? or starts_with(?, jurisdiction || '/'))";

    private final JdbcTemplate jdbc;
    private final AccessPolicy access;
    private final AuditLog audit;

    public RuleCatalogue(JdbcTemplate jdbc, AccessPolicy access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    private record ThresholdRow(long fen, String jurisdiction, boolean configurable) {}

    @Transactional(readOnly = true)
    public LocalRules forUnit(String unitPath) {
        Map<Threshold, Long> fen = new EnumMap<>(Threshold.class);
        thresholdRows(unitPath).forEach((threshold, row) -> fen.put(threshold, row.fen()));
        return new LocalRules(new Thresholds(fen), triggers(unitPath, "LEGAL_REVIEW"), triggers(unitPath, "COLLECTIVE_DISCUSSION"));
    }

    /** Sets a configurable threshold for a jurisdiction (its units and those below); statutory ones are refused. */
    @Transactional
    public void adjustThreshold(String jurisdiction, Threshold threshold, long amountFen, String basis, Caller caller) {
        access.requireAnyRole(caller, AccessPolicy.SYSTEM_ADMIN_ROLES, "adjust the penalty thresholds");
        if (jurisdiction == null || !JURISDICTION.matcher(jurisdiction).matches()) {
            throw DomainException.invalid("辖区须为 / 或单位路径前缀。A jurisdiction is '/' or a unit path prefix such as "
                    + "/zhoushan; got '" + jurisdiction + "'.");
        }
        if (amountFen <= 0 || basis == null || basis.isBlank()) {
            throw DomainException.invalid("金额须大于零并写明依据。The amount must be above zero and the basis stated.");
        }
        ThresholdRow current = thresholdRows(jurisdiction).get(threshold);
        if (!current.configurable()) {
            throw DomainException.conflict(threshold + " 由法律规定，不能按辖区调整。" + threshold
                    + " is fixed by statute and cannot be adjusted per jurisdiction.");
        }
        if (current.jurisdiction().equals(jurisdiction) && current.fen() == amountFen) {
            return;
        }
        jdbc.update("""
                insert into penalty_threshold (jurisdiction, threshold, name, amount_fen, basis, source, configurable)
                select ?, threshold, name, ?, ?, 'C', true from penalty_threshold where jurisdiction = '/' and threshold = ?
                on conflict (jurisdiction, threshold) do update
                    set amount_fen = excluded.amount_fen, basis = excluded.basis, version = penalty_threshold.version + 1""",
                jurisdiction, amountFen, basis.strip(), threshold.name());
        audit.append(AUDIT_STREAM, caller.username(), null, "penalty.threshold.adjusted",
                state(threshold, current.fen(), current.jurisdiction()), state(threshold, amountFen, jurisdiction));
    }

    private Map<Threshold, ThresholdRow> thresholdRows(String unitPath) {
        Map<Threshold, ThresholdRow> rows = new EnumMap<>(Threshold.class);
        jdbc.query("select distinct on (threshold) threshold, amount_fen, jurisdiction, configurable from penalty_threshold "
                        + "where " + COVERS + " order by threshold, length(jurisdiction) desc",
                (RowCallbackHandler) rs -> rows.put(Threshold.valueOf(rs.getString("threshold")),
                        new ThresholdRow(rs.getLong("amount_fen"), rs.getString("jurisdiction"), rs.getBoolean("configurable"))),
                unitPath, unitPath);
        return rows;
    }

    private List<Trigger> triggers(String unitPath, String list) {
        return jdbc.query("select code, label, basis from penalty_trigger where list = ? and jurisdiction = ("
                        + "select jurisdiction from penalty_trigger where list = ? and " + COVERS
                        + " order by length(jurisdiction) desc limit 1) order by position",
                (rs, row) -> new Trigger(rs.getString("code"), rs.getString("label"), rs.getString("basis")),
                list, list, unitPath, unitPath);
    }

    private static Map<String, Object> state(Threshold threshold, long fen, String jurisdiction) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("threshold", threshold.name());
        state.put("amountFen", fen);
        state.put("jurisdiction", jurisdiction);
        return state;
    }
}
