-- 证据 Evidence of the eight statutory kinds (Art. 46), recorded on a dossier (anchored on its lead) with the
-- officers who collected it. The file itself lives in the evidence store, addressed by its SHA-256 content hash;
-- once attached it is never replaced (a different file is a new evidence item).
create table evidence_item (
    id               bigserial primary key,
    lead_id          bigint      not null references lead (id),
    kind             text        not null check (kind in ('DOCUMENTARY', 'PHYSICAL', 'AUDIO_VISUAL', 'ELECTRONIC_DATA',
                                                          'WITNESS_TESTIMONY', 'PARTY_STATEMENT', 'EXPERT_OPINION',
                                                          'INSPECTION_RECORD')),
    title            text        not null,
    description      text,
    collected_at     timestamptz not null,
    collected_place  text,
    officers         text[]      not null,
    recorded_by      text        not null,
    recorded_at      timestamptz not null,
    content_sha256   text,
    content_size     bigint,
    media_type       text,
    file_name        text,
    attached_by      text,
    attached_at      timestamptz,
    version          bigint      not null default 0,
    check ((content_sha256 is null) = (attached_at is null))
);
create index evidence_item_lead on evidence_item (lead_id, id);
