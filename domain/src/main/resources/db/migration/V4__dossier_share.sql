-- Explicit shares: a dossier visible to a body outside its unit's subtree, e.g. the police body a suspected
-- crime is transferred to, the department a case is referred to, the departments of a joint inspection.
create table dossier_share (
    lead_id     bigint      not null references lead (id),
    unit_path   text        not null,
    kind        text        not null check (kind in ('TRANSFER', 'REFERRAL', 'JOINT_INSPECTION')),
    granted_at  timestamptz not null,
    primary key (lead_id, unit_path, kind)
);
create index dossier_share_unit on dossier_share (unit_path);
