-- A statutory clock running for one subject (a lead, a case; later transfers and inspections). The due day is
-- recomputed from the start, the catalogue length, approved extensions and paused time; due_at (the end of
-- that day in Asia/Shanghai) is the instant BPMN timers use.
create table running_clock (
    id            bigserial primary key,
    subject       text        not null,
    clock_id      text        not null references clock_definition (id),
    started_at    timestamptz not null,
    extended_by   int         not null default 0,
    paused_units  int         not null default 0,
    paused_since  timestamptz,
    due_at        timestamptz not null,
    provisional   boolean     not null,
    stopped_at    timestamptz,
    version       bigint      not null default 0,
    unique (subject, clock_id)
);
create index running_clock_open on running_clock (due_at) where stopped_at is null;
