-- 优先级 Priority: 0–100, higher first; 50 unless the process model gives one. A squad leader, manager or head of the
-- task's unit may change it while the task is open.
alter table inbox_task add column priority smallint not null default 50 check (priority between 0 and 100);

-- The group views' access path. "Unclaimed tasks offered to my groups or to me, first page" used to read every open
-- task of those groups (GIN bitmap, then a sort): here each open, unclaimed task has one row per candidate group and
-- per candidate user, indexed in each order the inbox sorts by, so a page reads one short index range per group.
create table inbox_task_offer (
    task_id    bigint      not null references inbox_task (id) on delete cascade,
    offered_to text        not null, -- a role@unit group, or a username when by_name
    by_name    boolean     not null,
    -- due_at, or 'infinity' when there is none: sorts last as "nulls last" does, and a keyset needs no null case
    due_key    timestamptz not null,
    priority   smallint    not null,
    created_at timestamptz not null,
    -- the kind filter, read from the index (include) so a kind the group has few of costs no visit per task
    form_key   text,
    primary key (task_id, by_name, offered_to)
);

-- The offer rows a task should have: their one definition, for the backfill below and for the trigger.
create function inbox_task_offers(t inbox_task) returns setof inbox_task_offer language sql stable as $$
    select t.id, offered_to, by_name, coalesce(t.due_at, 'infinity'), t.priority, t.created_at, t.form_key
    from (select unnest(t.candidate_groups), false union all select unnest(t.candidate_users), true) o (offered_to, by_name)
    where t.status = 'OPEN' and t.assignee is null
$$;

insert into inbox_task_offer select o.* from inbox_task t, inbox_task_offers(t) o where t.status = 'OPEN';

create index inbox_task_offer_by_due on inbox_task_offer (offered_to, by_name, due_key, task_id) include (form_key);
-- priority desc, then due: negated, so that the keyset's one ascending row comparison is one index range (priority
-- included as well: an index-only scan cannot read a column back from an expression)
create index inbox_task_offer_by_priority on inbox_task_offer (offered_to, by_name, (-priority), due_key, task_id)
    include (form_key, priority);
create index inbox_task_offer_by_created on inbox_task_offer (offered_to, by_name, created_at, task_id) include (form_key);

-- The inbox no longer reads the arrays through their GIN indexes (V1, V23); nothing else does.
drop index inbox_task_open_groups;
drop index inbox_task_open_users;

-- Kept by the database, in the writing transaction, whichever statement changes a task (claim, unclaim, assign,
-- complete, withdraw, a new priority, a bulk load): the offers cannot drift from inbox_task.
create function inbox_task_offer_sync() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from inbox_task_offer where task_id = old.id;
    end if;
    insert into inbox_task_offer select * from inbox_task_offers(new);
    return null;
end $$;
create trigger inbox_task_offer_on_insert after insert on inbox_task
    for each row execute function inbox_task_offer_sync();
create trigger inbox_task_offer_on_update after update on inbox_task
    for each row when ((old.status, old.assignee, old.priority, old.due_at, old.created_at, old.form_key,
                        old.candidate_groups, old.candidate_users)
                       is distinct from (new.status, new.assignee, new.priority, new.due_at, new.created_at, new.form_key,
                                         new.candidate_groups, new.candidate_users))
    execute function inbox_task_offer_sync();
