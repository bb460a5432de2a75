-- After the decision's service: deferral requests reach the case, the case-file review, publication and its
-- withdrawal when the decision is revoked.

-- The party's deferral/instalment application (target = payment_arrangement) and the revocation of a decision
-- (target = decision_revocation) become BPMN messages.
alter table engine_command drop constraint engine_command_kind_check;
alter table engine_command add constraint engine_command_kind_check
    check (kind in ('START_PROCESS', 'COMPLETE_JOB', 'CLOCK_MOVED', 'CLOCK_STOPPED', 'PAYMENT_RECORDED',
                    'TRANSFER_CONCLUDED', 'DEFERRAL_REQUESTED', 'DECISION_REVOKED'));

-- 案卷评查: the legal reviewer's evaluation of a closed case file, once per case.
create table case_file_review (
    id           bigserial primary key,
    case_id      bigint      not null unique references penalty_case (id),
    task_id      bigint      not null references inbox_task (id),
    outcome      text        not null check (outcome in ('PASSED', 'DEFICIENT')),
    score        int         not null check (score between 0 and 100),
    findings     text        not null,
    reviewer     text        not null,
    reviewed_at  timestamptz not null
);

-- 公示 of a decision (Art. 48): published with its document, or withheld with the reason (a minor's case, a decision
-- revoked before it went out); a published decision is withdrawn when it is revoked.
create table publication (
    lead_id          bigint      primary key references lead (id),
    status           text        not null check (status in ('PUBLISHED', 'WITHHELD', 'WITHDRAWN')),
    document_id      bigint      references document (id),
    withheld_reason  text,
    published_at     timestamptz,
    withdrawn_at     timestamptz,
    recorded_at      timestamptz not null,
    check ((status = 'WITHHELD') = (withheld_reason is not null)),
    check ((status = 'WITHHELD') = (document_id is null))
);

-- 撤销 or change of a decision by the review body or a court (or the body itself), once per decision.
create table decision_revocation (
    id           bigserial primary key,
    lead_id      bigint      not null unique references lead (id),
    revoked_at   timestamptz not null,
    revoked_by   text        not null,
    reason       text        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);
