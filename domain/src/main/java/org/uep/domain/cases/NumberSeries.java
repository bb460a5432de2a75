package org.uep.domain.cases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body's numbering series per kind and year. The upsert takes a row lock that is held until the
 * caller's transaction ends, so concurrent filings queue and a rolled-back filing leaves no gap.
 */
@Component
public class NumberSeries {

    private final JdbcTemplate jdbc;

    public NumberSeries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String unitPath, String kind, int year) {
        return jdbc.queryForObject("""
                insert into number_series (unit_path, kind, year, last_value) values (?, ?, ?, 1)
                on conflict (unit_path, kind, year) do update set last_value = number_series.last_value + 1
                returning last_value""", Long.class, unitPath, kind, year);
    }
}
