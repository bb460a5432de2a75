-- 行政强制措施 Coercive measures of a dossier: evidence preserved by registration (先行登记保存, Art. 56) and
-- sealing/seizure (查封/扣押, 行政强制法 Art. 22-28). Asked for by an officer, approved by the head beforehand, taken by
-- two certified officers, then concluded within its clock (evidence.preserve / seizure, subject lead/<id>/measure/<id>)
-- or released by law when the clock runs out.
create table coercive_measure (
    id                    bigserial primary key,
    lead_id               bigint      not null references lead (id),
    kind                  text        not null check (kind in ('PRESERVATION', 'SEALING', 'SEIZURE')),
    items                 text        not null,
    place                 text        not null,
    reason                text        not null,
    converted_from        bigint references coercive_measure (id),
    status                text        not null check (status in ('REQUESTED', 'REFUSED', 'APPROVED', 'NOT_TAKEN',
                                                                 'IN_FORCE', 'RELEASED', 'HANDED_OVER', 'CONVERTED',
                                                                 'RELEASED_ON_EXPIRY')),
    requested_by          text        not null,
    requested_at          timestamptz not null,
    approval_due_at       timestamptz not null,
    approved_by           text,
    approved_at           timestamptz,
    taken_at              timestamptz,
    officers              text[],
    record                text,
    extension_asked_at    timestamptz,
    concluded_by          text,
    concluded_at          timestamptz,
    conclusion_reason     text,
    process_instance_key  bigint unique,
    check ((status = 'IN_FORCE' or status like 'RELEASED%' or status in ('HANDED_OVER', 'CONVERTED'))
           = (taken_at is not null))
);
create index coercive_measure_lead on coercive_measure (lead_id, id);

alter table engine_command drop constraint engine_command_kind_check;
alter table engine_command add constraint engine_command_kind_check
    check (kind in ('START_PROCESS', 'COMPLETE_JOB', 'CLOCK_MOVED', 'CLOCK_STOPPED', 'PAYMENT_RECORDED',
                    'TRANSFER_CONCLUDED', 'DEFERRAL_REQUESTED', 'DECISION_REVOKED', 'WATCH_CLOCK', 'START_MEASURE'));
