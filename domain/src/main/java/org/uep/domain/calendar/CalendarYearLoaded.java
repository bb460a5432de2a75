package org.uep.domain.calendar;

/** Published when a year's official data is loaded or replaced: clocks computed without it are recomputed. */
public record CalendarYearLoaded(int year) {}
