-- Read copy of the organisation and its people, kept from Keycloak (the single source of who is who) so that
-- candidate groups, certificates, workload and dashboards need no call to Keycloak per request.

create table unit (
    path           text primary key,
    parent_path    text,
    name_zh        text        not null,
    kind           text        not null,
    level          text        not null,
    -- Townships: EMPOWERED (赋权, acts in its own name for its listed matters) or STATIONED (派驻).
    township_mode  text check (township_mode in ('EMPOWERED', 'STATIONED')),
    -- Stationed teams: the county department in whose name they act.
    county_unit    text,
    synced_at      timestamptz not null
);

-- The matters an empowered township handles in its own name (a simple list until the matter catalogue).
create table unit_empowered_matter (
    unit_path    text not null references unit (path) on delete cascade,
    matter_code  text not null,
    primary key (unit_path, matter_code)
);

create table officer (
    username             text primary key,
    display_name         text        not null,
    home_unit            text,
    units                text[]      not null default '{}',
    roles                text[]      not null default '{}',
    certificate_number   text,
    certificate_expiry   date,
    legal_qualification  text,
    review_started       date,
    -- False once Keycloak no longer has the user (or disabled them): kept for the record of past acts.
    active               boolean     not null,
    synced_at            timestamptz not null
);
create index officer_units on officer using gin (units);
