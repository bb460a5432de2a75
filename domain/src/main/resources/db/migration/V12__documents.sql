-- 执法文书 Documents of a case, rendered from templates (domain/src/main/resources/documents) and kept in the
-- content-addressed store by SHA-256 like evidence files.

-- The bodies that issue numbered documents in their own name: the prefix of their document numbers (文书字号, e.g.
-- 定综执罚决字〔2026〕第12号), their name, and where a party may seek administrative review (复议) and sue (诉讼).
-- Data an administrator keeps; a unit without a row cannot issue documents.
create table document_issuer (
    unit_path      text primary key,
    number_prefix  text not null check (number_prefix <> ''),
    body_name      text not null check (body_name <> ''),
    review_body    text not null check (review_body <> ''),
    court          text not null check (court <> '')
);

insert into document_issuer (unit_path, number_prefix, body_name, review_body, court) values
    ('/zhoushan/comprehensive',         '舟综执', '舟山市综合行政执法局',  '舟山市人民政府',     '舟山市定海区人民法院'),
    ('/zhoushan/dinghai/comprehensive', '定综执', '舟山市定海区综合行政执法局', '舟山市定海区人民政府', '舟山市定海区人民法院'),
    ('/zhoushan/putuo/comprehensive',   '普综执', '舟山市普陀区综合行政执法局', '舟山市普陀区人民政府', '舟山市普陀区人民法院'),
    ('/zhoushan/daishan/comprehensive', '岱综执', '岱山县综合行政执法局',    '岱山县人民政府',     '岱山县人民法院'),
    ('/zhoushan/shengsi/comprehensive', '嵊综执', '嵊泗县综合行政执法局',    '嵊泗县人民政府',     '嵊泗县人民法院');

-- One issued document. Issuing is idempotent per (case, kind, caller's key: a notice id, a job key…): the unique key
-- makes a repeated issue find the first, and its number was taken from the body's series in the same transaction.
create table document (
    id               bigserial primary key,
    case_id          bigint      not null references penalty_case (id),
    lead_id          bigint      not null references lead (id),
    unit_path        text        not null,
    kind             text        not null check (kind in ('NOTICE', 'HEARING_NOTICE', 'DECISION', 'NO_PENALTY_DECISION',
                                                          'SERVICE_PROOF', 'PAYMENT_REMINDER', 'CLOSING_REPORT',
                                                          'PUBLICATION')),
    idempotency_key  text        not null,
    -- null for documents that are not numbered (service proof, closing report, publication text)
    number           text unique,
    title            text        not null,
    sha256           text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size             bigint      not null check (size > 0),
    media_type       text        not null,
    issued_by        text        not null,
    issued_at        timestamptz not null,
    unique (case_id, kind, idempotency_key)
);
create index document_lead on document (lead_id, id);
