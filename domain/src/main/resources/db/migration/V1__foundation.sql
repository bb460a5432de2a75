-- Foundation schema: leads, cases, the inbox, approvals, the audit trail and the engine outbox.
-- Instants are timestamptz (stored in UTC); legal dates are computed in Asia/Shanghai by the domain.

create table lead (
    id                    bigserial primary key,
    unit_path             text        not null,
    source                text        not null,
    summary               text        not null,
    place                 text,
    party_name            text,
    status                text        not null check (status in ('RECEIVED', 'REGISTERED', 'DECLINED', 'FILED')),
    received_at           timestamptz not null,
    received_by           text        not null,
    verify_due_at         timestamptz,
    -- Set once by whoever first learns it (the start dispatcher or the registerLead worker): never two instances per lead.
    process_instance_key  bigint unique,
    version               bigint      not null default 0
);

create table number_series (
    unit_path   text   not null,
    kind        text   not null,
    year        int    not null,
    last_value  bigint not null,
    primary key (unit_path, kind, year)
);

create table penalty_case (
    id               bigserial primary key,
    lead_id          bigint      not null unique references lead (id),
    case_number      text        not null unique,
    unit_path        text        not null,
    status           text        not null check (status in ('OPEN', 'CLOSED')),
    filed_at         timestamptz not null,
    decision_due_at  timestamptz not null,
    closed_at        timestamptz,
    version          bigint      not null default 0
);

-- 调查取证 record: the officers who took part (two-officer rule, Art. 42) and their findings.
create table investigation (
    id           bigserial primary key,
    case_id      bigint      not null references penalty_case (id),
    task_id      bigint      not null unique,
    officers     text[]      not null check (cardinality(officers) >= 2),
    findings     text        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);

create table inbox_task (
    id                    bigserial primary key,
    job_key               bigint      not null unique,
    process_instance_key  bigint      not null,
    process_id            text        not null,
    element_id            text        not null,
    name                  text        not null,
    form_key              text,
    candidate_groups      text[]      not null default '{}',
    candidate_users       text[]      not null default '{}',
    assignee              text,
    due_at                timestamptz,
    lead_id               bigint references lead (id),
    case_id               bigint references penalty_case (id),
    status                text        not null check (status in ('OPEN', 'COMPLETING', 'COMPLETED', 'WITHDRAWN')),
    outcome               text,
    created_at            timestamptz not null,
    claimed_at            timestamptz,
    completed_by          text,
    completed_at          timestamptz,
    version               bigint      not null default 0
);
create index inbox_task_open_groups on inbox_task using gin (candidate_groups) where status = 'OPEN';
create index inbox_task_open_assignee on inbox_task (assignee, due_at) where status = 'OPEN';
create index inbox_task_lead on inbox_task (lead_id);

-- 审批意见: the signed record of each approval step.
create table approval_record (
    id            bigserial primary key,
    lead_id       bigint      not null references lead (id),
    case_id       bigint references penalty_case (id),
    task_id       bigint      not null unique references inbox_task (id),
    step          text        not null,
    outcome       text        not null check (outcome in ('APPROVE', 'REJECT', 'RETURN')),
    opinion       text        not null,
    approver      text        not null,
    approver_name text        not null,
    approver_unit text        not null,
    approver_role text        not null,
    decided_at    timestamptz not null
);
create index approval_record_lead on approval_record (lead_id, decided_at);

-- Append-only full-process record (执法全过程记录). Hash chaining per stream comes later.
create table audit_event (
    id           bigserial primary key,
    stream       text        not null,
    actor        text        not null,
    actor_unit   text,
    action       text        not null,
    before_state jsonb,
    after_state  jsonb,
    request_id   text,
    occurred_at  timestamptz not null
);
create index audit_event_stream on audit_event (stream, id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end $$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- Outbox of commands for the engine: written in the same transaction as the state they follow from,
-- sent after commit by the dispatcher, retried with back-off until the engine accepts them.
create table engine_command (
    id               bigserial primary key,
    kind             text        not null check (kind in ('START_PROCESS', 'COMPLETE_JOB')),
    -- The lead to start a process for, or the inbox task whose job to complete.
    target_id        bigint      not null,
    created_at       timestamptz not null,
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null,
    last_error       text,
    done_at          timestamptz,
    unique (kind, target_id)
);
create index engine_command_pending on engine_command (next_attempt_at) where done_at is null;

-- Technical job failures reported by workers (the engine keeps the incident; UEP keeps what people read).
create table job_failure (
    id                    bigserial primary key,
    job_key               bigint      not null,
    job_type              text        not null,
    process_instance_key  bigint      not null,
    element_id            text        not null,
    retries_left          int         not null,
    error_message         text        not null,
    failed_at             timestamptz not null
);
create index job_failure_job on job_failure (job_key);
