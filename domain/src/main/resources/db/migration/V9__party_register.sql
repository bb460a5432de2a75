-- Party register (当事人库, issue 5): one record per natural person or organisation for all bodies, found by its
-- identifier, and the dossiers each party appears in. The domain checks identifiers (resident ID: GB 11643, unified
-- social credit code: GB 32100) and stores them normalised: capital letters and digits only.
create table party (
    id               bigserial primary key,
    kind             text        not null,
    identifier_type  text        not null,
    identifier       text        not null check (identifier ~ '^[0-9A-Z]{5,20}$'),
    name             text        not null,
    -- Personal data: kept for service and contact, redacted from publications (公示).
    address          text,
    phone            text,
    created_at       timestamptz not null,
    version          bigint      not null default 0,
    unique (identifier_type, identifier),
    -- An organisation is known by its USCC or, when not registered, another document; a person by a personal document.
    check ((kind = 'ORGANISATION' and identifier_type in ('USCC', 'UNREGISTERED_BODY_DOCUMENT'))
        or (kind = 'NATURAL_PERSON' and identifier_type in
            ('RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'PERMANENT_RESIDENCE_CARD')))
);

-- Who appears in which dossier (anchored on its lead, like dossier_share) and how; once per lead and party.
create table dossier_party (
    lead_id   bigint      not null references lead (id),
    party_id  bigint      not null references party (id),
    role      text        not null check (role in ('PARTY', 'LEGAL_REPRESENTATIVE', 'AGENT')),
    added_at  timestamptz not null,
    added_by  text        not null,
    primary key (lead_id, party_id)
);
create index dossier_party_party on dossier_party (party_id, role);
