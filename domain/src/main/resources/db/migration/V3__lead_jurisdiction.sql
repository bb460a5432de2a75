-- Jurisdiction at receipt (issue 3): the matter a lead concerns (12-digit code of the enforcement-matter catalogue,
-- optional until the catalogue exists) and the body in whose name acts on it are done (empowered township: itself for
-- the matters on its list; stationed team: the county department it acts for; otherwise the handling unit).
alter table lead add column matter_code text check (matter_code ~ '^[0-9]{12}$');
alter table lead add column acting_body text;
update lead set acting_body = unit_path;
alter table lead alter column acting_body set not null;
