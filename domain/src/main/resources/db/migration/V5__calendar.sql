-- The working-day calendar: per year, the official holidays and make-up working days (调休上班). A year is known
-- once loaded (calendar_year), even if it had no entries; computations touching other years are provisional.
create table calendar_year (
    year       int primary key,
    source     text        not null,
    loaded_at  timestamptz not null,
    loaded_by  text        not null
);

create table calendar_day (
    day   date primary key,
    year  int  not null references calendar_year (year) on delete cascade,
    kind  text not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name  text not null
);
