package org.uep.api.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;
import org.uep.domain.calendar.CalendarService;
import org.uep.domain.calendar.WorkingDayCalendar;
import org.uep.domain.calendar.YearFacts;

/** 工作日历 Working-day calendar: the years' holidays and make-up working days, and date computations on them. */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Calendar 工作日历")
class CalendarController {

    static final int MAX_PERIOD = 3660;

    private final CalendarService calendars;

    CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

    record Day(@NotNull LocalDate date, @Size(max = 100) String name) {}

    record YearRequest(@NotNull @Size(max = 60) List<@Valid Day> holidays,
                       @NotNull @Size(max = 30) List<@Valid Day> makeUpWorkdays) {}

    record YearResponse(int year, boolean known, String source, String loadedBy, Instant loadedAt, List<Day> holidays,
                        List<Day> makeUpWorkdays, String warning) {}

    enum Unit { WORKING_DAYS, NATURAL_DAYS }

    record ComputationRequest(@NotNull LocalDate start, @NotNull @Min(0) @Max(MAX_PERIOD) Integer n, @NotNull Unit unit) {}

    record ComputationResponse(LocalDate start, int n, Unit unit, LocalDate due, boolean provisional,
                               Set<Integer> missingYears, String warning) {}

    @GetMapping("/{year}")
    @Operation(summary = "A year's holidays and make-up working days, and whether the year's official data is loaded")
    YearResponse year(@PathVariable int year, Caller caller) {
        return response(calendars.year(year));
    }

    @PutMapping("/{year}")
    @Operation(summary = "Replace a year's list (system administrator; validated, audited; a bad list changes nothing)")
    YearResponse replace(@PathVariable int year, @Valid @RequestBody YearRequest request, Caller caller) {
        return response(calendars.replaceYear(new YearFacts(year, days(request.holidays()), days(request.makeUpWorkdays())),
                caller));
    }

    @GetMapping("/missing-years")
    @Operation(summary = "Years around today without official data: computations touching them are provisional")
    Set<Integer> missingYears(Caller caller) {
        return calendars.missingYears();
    }

    @PostMapping("/computations")
    @Operation(summary = "The end of a period of n working or natural days from start (start day not counted)")
    ComputationResponse compute(@Valid @RequestBody ComputationRequest request, Caller caller) {
        WorkingDayCalendar calendar = calendars.calendar();
        WorkingDayCalendar.Result result = request.unit() == Unit.WORKING_DAYS
                ? calendar.addWorkingDays(request.start(), request.n())
                : calendar.addNaturalDays(request.start(), request.n());
        return new ComputationResponse(request.start(), request.n(), request.unit(), result.date(), result.provisional(),
                result.missingYears(), warning(result.missingYears()));
    }

    private static YearResponse response(CalendarService.YearView view) {
        return new YearResponse(view.year(), view.known(), view.source(), view.loadedBy(), view.loadedAt(),
                list(view.facts().holidays()), list(view.facts().makeUpWorkdays()),
                view.known() ? null : warning(Set.of(view.year())));
    }

    private static String warning(Set<Integer> missingYears) {
        return missingYears.isEmpty() ? null
                : "No official holiday data for " + missingYears + ": weekends-only assumption, the result is provisional "
                + "until a system administrator loads that year (PUT /api/calendar/{year})";
    }

    private static Map<LocalDate, String> days(List<Day> days) {
        Map<LocalDate, String> map = new LinkedHashMap<>();
        for (Day day : days) {
            if (map.put(day.date(), day.name() == null ? "" : day.name()) != null) {
                throw DomainException.invalid(day.date() + " is listed twice");
            }
        }
        return map;
    }

    private static List<Day> list(Map<LocalDate, String> days) {
        return days.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Day(e.getKey(), e.getValue())).toList();
    }
}
