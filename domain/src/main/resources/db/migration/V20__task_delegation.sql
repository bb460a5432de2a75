-- 委派 Delegation: the one who holds a task hands it to a colleague, who works it and sends back a draft of the
-- completion (the task returns to its owner, who approves it by completing it).
alter table inbox_task add column delegated_by text;
alter table inbox_task add column delegation_state text check (delegation_state in ('PENDING', 'RESOLVED'));
alter table inbox_task add column delegation_draft jsonb;
alter table inbox_task add check ((delegated_by is null) = (delegation_state is null));
create index inbox_task_delegated on inbox_task (delegated_by) where delegation_state = 'PENDING';
