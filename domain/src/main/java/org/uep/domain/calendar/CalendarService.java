package org.uep.domain.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.clock.LegalTime;

/**
 * The holiday calendar as data: stored in PostgreSQL, seeded at start-up from the file shipped with UEP for the
 * years the database lacks, replaced per year by the system administrator (validated; a bad list changes
 * nothing; audited). Computations use one in-memory {@link WorkingDayCalendar}, rebuilt after each change.
 */
@Service
public class CalendarService implements ApplicationRunner {

    public static final String SHIPPED_FILE = "calendar/holidays-2025-2026.csv";
    public static final String AUDIT_STREAM = "admin/calendar";

    private final JdbcTemplate jdbc;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile WorkingDayCalendar calendar;

    public CalendarService(JdbcTemplate jdbc, AccessPolicy access, AuditLog audit, ApplicationEventPublisher events,
                           Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Loads the shipped facts for every year the database does not know yet. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<Integer, YearFacts> shipped;
        try (Reader file = new InputStreamReader(new ClassPathResource(SHIPPED_FILE).getInputStream(), StandardCharsets.UTF_8)) {
            shipped = CalendarFile.parse(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHIPPED_FILE, e);
        }
        shipped.values().stream().filter(year -> !known(year.year()))
                .forEach(year -> store(year, "file " + SHIPPED_FILE, AuditLog.SYSTEM));
        calendar = null;
    }

    public WorkingDayCalendar calendar() {
        WorkingDayCalendar current = calendar;
        if (current == null) {
            current = load();
            calendar = current;
        }
        return current;
    }

    public record YearView(int year, boolean known, String source, String loadedBy, Instant loadedAt,
                           YearFacts facts) {}

    @Transactional(readOnly = true)
    public YearView year(int year) {
        YearFacts facts = calendar().facts(year).orElse(new YearFacts(year, Map.of(), Map.of()));
        return jdbc.query("select source, loaded_by, loaded_at from calendar_year where year = ?", rs -> rs.next()
                ? new YearView(year, true, rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), facts)
                : new YearView(year, false, null, null, null, facts), year);
    }

    /** Replaces a year's list (system administrator). A list with any problem is refused whole. */
    @Transactional
    public YearView replaceYear(YearFacts facts, Caller caller) {
        access.requireAnyRole(caller, AccessPolicy.SYSTEM_ADMIN_ROLES, "replace the holiday calendar");
        List<String> problems = facts.problems();
        if (!problems.isEmpty()) {
            throw DomainException.invalid("The holiday list for " + facts.year() + " is not valid: " + String.join("; ", problems));
        }
        Map<String, Object> before = summary(year(facts.year()));
        store(facts, "uploaded by " + caller.username(), caller.username());
        calendar = null;
        events.publishEvent(new CalendarYearLoaded(facts.year()));
        YearView after = year(facts.year());
        audit.append(AUDIT_STREAM, caller.username(), null, "calendar.year-replaced", before, summary(after));
        return after;
    }

    /** Years around today (last, this and next) that have no official data loaded: the administrator's to-do. */
    @Transactional(readOnly = true)
    public Set<Integer> missingYears() {
        int thisYear = LegalTime.today(clock).getYear();
        Set<Integer> missing = new TreeSet<>();
        for (int year = thisYear - 1; year <= thisYear + 1; year++) {
            if (!known(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    private boolean known(int year) {
        Integer count = jdbc.queryForObject("select count(*) from calendar_year where year = ?", Integer.class, year);
        return count != null && count > 0;
    }

    private void store(YearFacts facts, String source, String actor) {
        jdbc.update("delete from calendar_year where year = ?", facts.year());
        jdbc.update("insert into calendar_year (year, source, loaded_at, loaded_by) values (?, ?, ?, ?)",
                facts.year(), source, Timestamp.from(clock.instant()), actor);
        facts.holidays().forEach((day, name) -> insertDay(facts.year(), day, "HOLIDAY", name));
        facts.makeUpWorkdays().forEach((day, name) -> insertDay(facts.year(), day, "WORKDAY", name));
    }

    private void insertDay(int year, LocalDate day, String kind, String name) {
        jdbc.update("insert into calendar_day (day, year, kind, name) values (?, ?, ?, ?)",
                Date.valueOf(day), year, kind, name == null ? "" : name);
    }

    private WorkingDayCalendar load() {
        Map<Integer, Map<LocalDate, String>> holidays = new HashMap<>();
        Map<Integer, Map<LocalDate, String>> workdays = new HashMap<>();
        jdbc.query("select day, year, kind, name from calendar_day", rs -> {
            LocalDate day = rs.getDate(1).toLocalDate();
            (rs.getString(3).equals("HOLIDAY") ? holidays : workdays)
                    .computeIfAbsent(rs.getInt(2), y -> new HashMap<>()).put(day, rs.getString(4));
        });
        Map<Integer, YearFacts> years = new HashMap<>();
        for (Integer year : jdbc.queryForList("select year from calendar_year", Integer.class)) {
            years.put(year, new YearFacts(year, holidays.getOrDefault(year, Map.of()), workdays.getOrDefault(year, Map.of())));
        }
        return new WorkingDayCalendar(years);
    }

    private static Map<String, Object> summary(YearView view) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("year", view.year());
        summary.put("known", view.known());
        summary.put("holidays", view.facts().holidays().size());
        summary.put("makeUpWorkdays", view.facts().makeUpWorkdays().size());
        return summary;
    }
}
