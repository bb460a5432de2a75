-- The penalty stage of a case: proposals, the review gate (legal review rounds, collective discussions),
-- statements and hearings, and the decision's service. Parties' details stay in the party register.

-- 拟定处罚意见: every proposal of a case; the latest is the one in force. notice_id is the notice drawn up for it,
-- null when a served notice already covers it (not heavier: Art. 45).
create table penalty_proposal (
    id                                bigserial primary key,
    lead_id                           bigint      not null references lead (id),
    party_kind                        text        not null check (party_kind in ('NATURAL_PERSON', 'ORGANISATION')),
    measures                          jsonb       not null,
    legal_basis                       text        not null,
    tier                              text        not null check (tier in ('MITIGATED_BELOW', 'LIGHTER', 'ORDINARY', 'HEAVIER')),
    departs_from_discretion_standard  boolean     not null,
    facts                             text        not null,
    evidence                          text        not null,
    violated_provision                text        not null,
    reasons                           text        not null,
    asserted_triggers                 jsonb       not null default '[]',
    notice_id                         bigint      references penalty_notice (id),
    proposed_by                       text        not null,
    proposed_at                       timestamptz not null
);
create index penalty_proposal_lead on penalty_proposal (lead_id, id);

-- 法制审核: one round per submission; a round is for a proposal before or after a hearing.
create table legal_review (
    id             bigserial primary key,
    lead_id        bigint      not null references lead (id),
    round          int         not null,
    proposal_id    bigint      not null references penalty_proposal (id),
    after_hearing  boolean     not null,
    triggers       jsonb       not null,
    submitted_at   timestamptz not null,
    outcome        text        check (outcome in ('AGREE', 'RETURN', 'TRANSFER')),
    opinion        text,
    reviewer       text,
    reviewed_at    timestamptz,
    unique (lead_id, round)
);
-- at most one open round per case
create unique index legal_review_open on legal_review (lead_id) where outcome is null;

-- 集体讨论: each participant's opinion and the conclusion.
create table collective_discussion (
    id            bigserial primary key,
    lead_id       bigint      not null references lead (id),
    proposal_id   bigint      not null references penalty_proposal (id),
    outcome       text        not null check (outcome in ('PROCEED', 'RETURN')),
    conclusion    text        not null,
    participants  jsonb       not null,
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);

-- 陈述申辩: what the party said and how the body reviewed it (Art. 45).
create table party_statement (
    id              bigserial primary key,
    notice_id       bigint      not null references penalty_notice (id),
    statement       text        not null,
    review_opinion  text        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null
);

-- 听证: one per notice on which a hearing was requested.
create table hearing (
    id                bigserial primary key,
    notice_id         bigint      not null unique references penalty_notice (id),
    notified_at       timestamptz not null,
    hearing_at        timestamptz not null,
    place             text        not null,
    chair             text        not null,
    public_hearing    boolean     not null,
    scheduled_by      text        not null,
    transcript        text,
    concluded_at      timestamptz
);

-- 送达 of the case's decision (a penalty decision or a no-penalty decision).
create table decision_service (
    lead_id             bigint      primary key references lead (id),
    served_at           timestamptz not null,
    service_method      text        not null check (service_method in ('DIRECT', 'LEFT_AT_PREMISES', 'ELECTRONIC', 'POST',
                                        'ENTRUSTED', 'FORWARDED', 'PUBLIC_NOTICE')),
    electronic_consent  boolean     not null,
    recorded_by         text        not null,
    recorded_at         timestamptz not null
);

-- A legal review may also send a case on as a suspected crime (移送).
alter table approval_record drop constraint approval_record_outcome_check;
alter table approval_record add constraint approval_record_outcome_check
    check (outcome in ('APPROVE', 'REJECT', 'RETURN', 'TRANSFER'));

-- 简易程序 (Art. 51–52): what the officer recorded on the spot, and the filing of the decision's copy with the body
-- (备案) and its review.
create table summary_penalty (
    lead_id             bigint      primary key references lead (id),
    facts               text        not null,
    violated_provision  text        not null,
    place               text        not null,
    cash_collected      boolean     not null,
    decided_by          text        not null,
    filed_at            timestamptz,
    filed_by            text,
    accepted_at         timestamptz,
    accepted_by         text
);

insert into clock_definition (id, name, starts_at, length, unit, extension_length, extension_approver, pauses_on, on_expiry, basis, source, configurable) values
('summary.file', '当场处罚决定报所属机关备案 file the copy of an on-the-spot decision with the body', 'on-the-spot decision', 3, 'WORKING_DAYS', null, null, null, 'escalate to head', '行政处罚法 Art. 52 (filing); period from sector rules (SAMR: 3 working days), default', 'C', true);
