-- 执行 Execution of a penalty decision's fine (行政处罚法 Art. 66–67, 72–73; 行政强制法 Art. 35, 53–54): payments confirmed
-- by the collection side or entered by finance staff, deferral and instalments, review/lawsuit periods (the late fee
-- pauses), the payment reminder (催告) and the court application. Money is fen (bigint).

-- A head-approved new due day (deferred payment) replaces the due day computed from start and length.
alter table running_clock add column approved_due_day date;

alter table engine_command drop constraint engine_command_kind_check;
alter table engine_command add constraint engine_command_kind_check
    check (kind in ('START_PROCESS', 'COMPLETE_JOB', 'CLOCK_MOVED', 'CLOCK_STOPPED', 'PAYMENT_RECORDED'));

-- One per decision with a fine, opened when the decision is served (clock fine.pay starts then).
create table execution (
    id                  bigserial primary key,
    lead_id             bigint      not null unique references lead (id),
    decision_id         bigint      not null unique references penalty_decision (id),
    -- 决定书文号: what the party quotes when paying and the collection system reports back.
    decision_number     text        not null unique,
    fine_fen            bigint      not null check (fine_fen > 0),
    decision_served_at  timestamptz not null,
    -- The statutory due day (15 natural days after service), the base of the longest deferral allowed.
    statutory_due_day   date        not null,
    opened_by           text        not null,
    paid_in_full_at     timestamptz,
    reminder_served_at  timestamptz,
    court_applied_at    timestamptz,
    court               text,
    version             bigint      not null default 0,
    check ((court_applied_at is null) = (court is null))
);

-- A payment, idempotent by the collection side's reference (or the bank receipt's, when finance enters it).
create table payment (
    id                  bigserial primary key,
    execution_id        bigint      not null references execution (id),
    reference           text        not null unique,
    amount_fen          bigint      not null check (amount_fen > 0),
    paid_at             timestamptz not null,
    channel             text        not null,
    source              text        not null check (source in ('COLLECTION', 'MANUAL')),
    reason              text,
    recorded_by         text        not null,
    recorded_at         timestamptz not null,
    check ((source = 'MANUAL') = (reason is not null))
);
create index payment_execution on payment (execution_id, paid_at);

-- 复议/诉讼 against the decision; the late fee does not accrue on their days (Art. 73(3)). At most one open at a time.
create table execution_challenge (
    id                  bigserial primary key,
    execution_id        bigint      not null references execution (id),
    kind                text        not null check (kind in ('REVIEW', 'LAWSUIT')),
    filed_on            date        not null,
    ended_on            date,
    check (ended_on is null or ended_on >= filed_on),
    unique (execution_id, kind, filed_on)
);
create unique index execution_challenge_one_open on execution_challenge (execution_id) where ended_on is null;

-- 延期/分期缴纳 (Art. 66): the party's application and the head's decision; a deferral is one instalment of the whole
-- fine. At most one application awaits a decision; the latest approved one sets the schedule.
create table payment_arrangement (
    id                  bigserial primary key,
    execution_id        bigint      not null references execution (id),
    kind                text        not null check (kind in ('DEFERRAL', 'INSTALMENTS')),
    instalments         jsonb       not null,
    applied_at          timestamptz not null,
    recorded_by         text        not null,
    status              text        not null check (status in ('APPLIED', 'APPROVED', 'REFUSED')),
    decided_by          text,
    decided_at          timestamptz,
    version             bigint      not null default 0,
    check ((status = 'APPLIED') = (decided_at is null))
);
create unique index payment_arrangement_one_pending on payment_arrangement (execution_id) where status = 'APPLIED';
