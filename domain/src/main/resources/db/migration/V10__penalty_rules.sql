-- Penalty rules as data (deadlines.md "Thresholds"; procedure.md §1.5–1.9, §2) and the notices and decisions that use
-- them (行政处罚法 Art. 44–45, 51, 57–58, 61–64). Money is fen (bigint). A jurisdiction is a unit path prefix, '/' meaning
-- everywhere; for a unit the longest prefix wins — per threshold, and per list for the trigger lists.
-- Source: L statute (fixed), S published local or sector rule, C configurable default.

create table penalty_threshold (
    jurisdiction  text    not null check (jurisdiction = '/' or jurisdiction ~ '^(/[^/[:space:]]+)+$'),
    threshold     text    not null check (threshold in ('SUMMARY_FINE_NATURAL_PERSON', 'SUMMARY_FINE_ORGANISATION',
                      'CASH_ON_THE_SPOT', 'LARGE_FINE_NATURAL_PERSON', 'LARGE_FINE_ORGANISATION',
                      'LARGE_CONFISCATION_NATURAL_PERSON', 'LARGE_CONFISCATION_ORGANISATION')),
    name          text    not null,
    amount_fen    bigint  not null check (amount_fen > 0),
    basis         text    not null,
    source        text    not null check (source in ('L', 'S', 'C')),
    configurable  boolean not null,
    version       bigint  not null default 0,
    primary key (jurisdiction, threshold)
);

insert into penalty_threshold (jurisdiction, threshold, name, amount_fen, basis, source, configurable) values
('/', 'SUMMARY_FINE_NATURAL_PERSON', '简易程序罚款上限（公民） summary fine limit, natural person', 20000, '行政处罚法 Art. 51', 'L', false),
('/', 'SUMMARY_FINE_ORGANISATION', '简易程序罚款上限（法人或者其他组织） summary fine limit, organisation', 300000, '行政处罚法 Art. 51', 'L', false),
('/', 'CASH_ON_THE_SPOT', '当场收缴罚款上限 on-the-spot cash limit', 10000, '行政处罚法 Art. 68', 'L', false),
('/', 'LARGE_FINE_NATURAL_PERSON', '较大数额罚款（公民） large fine, natural person', 1000000, '行政处罚法 Art. 63 (amount set locally; default)', 'C', true),
('/', 'LARGE_FINE_ORGANISATION', '较大数额罚款（法人或者其他组织） large fine, organisation', 10000000, '行政处罚法 Art. 63 (amount set locally; default)', 'C', true),
('/', 'LARGE_CONFISCATION_NATURAL_PERSON', '较大数额没收（公民） large confiscation, natural person', 1000000, '行政处罚法 Art. 63 (amount set locally; default)', 'C', true),
('/', 'LARGE_CONFISCATION_ORGANISATION', '较大数额没收（法人或者其他组织） large confiscation, organisation', 10000000, '行政处罚法 Art. 63 (amount set locally; default)', 'C', true);

-- The legal-review (Art. 58) and collective-discussion (Art. 57) trigger lists, per body/prefix. Some codes the platform
-- derives from the penalty and the record (large fine, revocation…, hearing held); the others officers assert.
create table penalty_trigger (
    jurisdiction  text not null check (jurisdiction = '/' or jurisdiction ~ '^(/[^/[:space:]]+)+$'),
    list          text not null check (list in ('LEGAL_REVIEW', 'COLLECTIVE_DISCUSSION')),
    code          text not null check (code ~ '^[A-Z][A-Z_]*$'),
    position      int  not null,
    label         text not null,
    basis         text not null,
    source        text not null check (source in ('L', 'S', 'C')),
    primary key (jurisdiction, list, code),
    unique (jurisdiction, list, position)
);

insert into penalty_trigger (jurisdiction, list, code, position, label, basis, source) values
('/', 'LEGAL_REVIEW', 'MAJOR_PUBLIC_INTEREST', 1, '涉及重大公共利益', '行政处罚法 Art. 58(1)(1)', 'L'),
('/', 'LEGAL_REVIEW', 'MAJOR_RIGHTS_AND_HEARING_HELD', 2, '直接关系当事人或者第三人重大权益，经过听证程序', '行政处罚法 Art. 58(1)(2)', 'L'),
('/', 'LEGAL_REVIEW', 'COMPLEX_OR_MANY_LEGAL_RELATIONS', 3, '案件情况疑难复杂、涉及多个法律关系', '行政处罚法 Art. 58(1)(3)', 'L'),
('/', 'LEGAL_REVIEW', 'LARGE_FINE_OR_CONFISCATION', 4, '较大数额罚款，没收较大数额违法所得、较大价值非法财物', '行政处罚法 Art. 58(1)(4); local lists', 'S'),
('/', 'LEGAL_REVIEW', 'LICENCE_REVOCATION', 5, '吊销许可证件', '行政处罚法 Art. 58(1)(4); local lists', 'S'),
('/', 'LEGAL_REVIEW', 'SUSPENSION_OR_CLOSURE', 6, '责令停产停业、责令关闭', '行政处罚法 Art. 58(1)(4); local lists', 'S'),
('/', 'LEGAL_REVIEW', 'PRACTICE_RESTRICTION', 7, '限制从业', '行政处罚法 Art. 58(1)(4); local lists', 'S'),
('/', 'LEGAL_REVIEW', 'DEPARTS_FROM_DISCRETION_STANDARD', 8, '未按裁量基准作出处罚', '行政处罚法 Art. 58(1)(4); local lists', 'S'),
('/', 'COLLECTIVE_DISCUSSION', 'COMPLEX_CIRCUMSTANCES', 1, '情节复杂', '行政处罚法 Art. 57(2)', 'L'),
('/', 'COLLECTIVE_DISCUSSION', 'SERIOUS_VIOLATION', 2, '重大违法行为', '行政处罚法 Art. 57(2)', 'L');

-- 告知: a notice of proposed penalty (Art. 44). At most one awaiting service and one in force (served, not superseded) per
-- dossier; a newer proposal withdraws the unserved one, a newer service supersedes the served one.
create table penalty_notice (
    id                                bigserial primary key,
    lead_id                           bigint      not null references lead (id),
    party_kind                        text        not null check (party_kind in ('NATURAL_PERSON', 'ORGANISATION')),
    measures                          jsonb       not null,
    legal_basis                       text        not null,
    tier                              text        not null check (tier in ('MITIGATED_BELOW', 'LIGHTER', 'ORDINARY', 'HEAVIER')),
    departs_from_discretion_standard  boolean     not null,
    hearing_qualifies                 boolean     not null,
    -- 文书编号 from the body's series once the document is rendered (documents are a later issue).
    document_number                   text,
    status                            text        not null check (status in ('PROPOSED', 'SERVED', 'SUPERSEDED', 'WITHDRAWN')),
    proposed_at                       timestamptz not null,
    proposed_by                       text        not null,
    served_at                         timestamptz,
    service_method                    text        check (service_method in ('DIRECT', 'LEFT_AT_PREMISES', 'ELECTRONIC', 'POST',
                                          'ENTRUSTED', 'FORWARDED', 'PUBLIC_NOTICE')),
    waiver                            text        check (waiver in ('STATEMENT_AND_DEFENCE', 'STATEMENT_DEFENCE_AND_HEARING')),
    waived_at                         timestamptz,
    hearing_requested_at              timestamptz,
    hearing_concluded_at              timestamptz,
    hearing_outcome                   text        check (hearing_outcome in ('HELD', 'WAIVED')),
    version                           bigint      not null default 0,
    check ((served_at is not null) = (status in ('SERVED', 'SUPERSEDED'))),
    check ((served_at is null) = (service_method is null)),
    check ((waiver is null) = (waived_at is null)),
    check ((hearing_outcome is null) = (hearing_concluded_at is null)),
    check (hearing_concluded_at is null or hearing_requested_at is not null)
);
create unique index penalty_notice_one_pending on penalty_notice (lead_id) where status = 'PROPOSED';
create unique index penalty_notice_one_in_force on penalty_notice (lead_id) where status = 'SERVED';

-- 处罚决定: one per dossier; under the general procedure it rests on the served notice it was checked against.
create table penalty_decision (
    id                                bigserial primary key,
    lead_id                           bigint      not null unique references lead (id),
    procedure                         text        not null check (procedure in ('GENERAL', 'SUMMARY')),
    notice_id                         bigint      references penalty_notice (id),
    party_kind                        text        not null check (party_kind in ('NATURAL_PERSON', 'ORGANISATION')),
    measures                          jsonb       not null,
    legal_basis                       text        not null,
    tier                              text        not null check (tier in ('MITIGATED_BELOW', 'LIGHTER', 'ORDINARY', 'HEAVIER')),
    departs_from_discretion_standard  boolean     not null,
    document_number                   text,
    decided_at                        timestamptz not null,
    decided_by                        text        not null,
    recorded_by                       text        not null,
    version                           bigint      not null default 0,
    check ((procedure = 'GENERAL') = (notice_id is not null))
);
