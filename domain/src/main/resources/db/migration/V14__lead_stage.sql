-- The lead stage and the hand-off points of case handling: the lead's verification (核查) with its limitation
-- finding (Art. 36), the referral of a lead the unit is not competent for (移送管辖), the end-of-investigation review
-- (调查终结审查, Art. 57) and the transfer of a suspected crime to the police (行刑衔接).

alter table lead drop constraint lead_status_check;
alter table lead add constraint lead_status_check
    check (status in ('RECEIVED', 'REGISTERED', 'DECLINED', 'FILED', 'REFERRED', 'TIME_BARRED'));

-- One verification per lead. The limitation is computed by the domain and kept as computed, so the record shows the
-- period the officer's finding was checked against even if the catalogue changes later.
create table lead_verification (
    id                  bigserial primary key,
    lead_id             bigint      not null unique references lead (id),
    task_id             bigint      not null references inbox_task (id),
    finding             text        not null check (finding in ('FILE', 'NOT_COMPETENT', 'OUT_OF_LIMITATION')),
    opinion             text        not null,
    act_ended_on        date        not null,
    gravely_harmful     boolean     not null,
    limitation_years    int         not null check (limitation_years > 0),
    -- the lead's receipt day (discovery, Asia/Shanghai) and the last day on which discovery was in time
    discovered_on       date        not null,
    limitation_ends_on  date        not null,
    competent_body      text,
    verified_by         text        not null,
    verified_at         timestamptz not null,
    check ((finding = 'NOT_COMPETENT') = (competent_body is not null)),
    check ((finding = 'OUT_OF_LIMITATION') = (discovered_on > limitation_ends_on))
);

-- The referral hand-off: the future referral process picks up the rows AWAITING_REFERRAL.
create table lead_referral (
    id              bigserial primary key,
    lead_id         bigint      not null unique references lead (id),
    competent_body  text        not null,
    reason          text        not null,
    status          text        not null check (status in ('AWAITING_REFERRAL')),
    created_at      timestamptz not null
);
create index lead_referral_awaiting on lead_referral (created_at) where status = 'AWAITING_REFERRAL';

-- One review per task (a case sent back for supplementary investigation is reviewed again).
create table investigation_review (
    id           bigserial primary key,
    case_id      bigint      not null references penalty_case (id),
    task_id      bigint      not null unique references inbox_task (id),
    outcome      text        not null check (outcome in ('PENALTY', 'NO_PENALTY', 'NOT_ESTABLISHED', 'SUSPECTED_CRIME',
                                                         'SUPPLEMENT')),
    ground       text        check (ground in ('MINOR_AND_CORRECTED', 'FIRST_VIOLATION', 'NO_FAULT')),
    opinion      text        not null,
    reviewed_by  text        not null,
    reviewed_at  timestamptz not null,
    check ((outcome = 'NO_PENALTY') = (ground is not null))
);
create index investigation_review_case on investigation_review (case_id, id);

-- The criminal-transfer hand-off. A case may be transferred again after the police returned it and it resumed, but
-- it has at most one transfer that has not resumed (awaiting the police, accepted, or returned and not yet resumed).
create table criminal_transfer (
    id            bigserial primary key,
    case_id       bigint      not null references penalty_case (id),
    lead_id       bigint      not null references lead (id),
    status        text        not null check (status in ('AWAITING_POLICE', 'ACCEPTED', 'RETURNED')),
    reported_at   timestamptz not null,
    reported_by   text        not null,
    answer_note   text,
    answered_at   timestamptz,
    answered_by   text,
    resumed_at    timestamptz,
    version       bigint      not null default 0,
    check ((status = 'AWAITING_POLICE') = (answered_at is null)),
    check (resumed_at is null or status = 'RETURNED')
);
create unique index criminal_transfer_one_open on criminal_transfer (case_id) where resumed_at is null;

-- The police's answer is told to the waiting case through the outbox.
alter table engine_command drop constraint engine_command_kind_check;
alter table engine_command add constraint engine_command_kind_check
    check (kind in ('START_PROCESS', 'COMPLETE_JOB', 'CLOCK_MOVED', 'CLOCK_STOPPED', 'PAYMENT_RECORDED',
                    'TRANSFER_CONCLUDED'));
