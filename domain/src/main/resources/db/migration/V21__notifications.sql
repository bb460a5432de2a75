-- 消息提醒 Notifications: one row per person told — a new task for them or their group, a task assigned, delegated or
-- sent back to them — read or not (the console's badge counts the unread).
create table notification (
    id          bigserial primary key,
    recipient   text        not null,
    kind        text        not null check (kind in ('NEW_TASK', 'ASSIGNED', 'DELEGATED', 'RETURNED')),
    task_id     bigint      not null references inbox_task (id),
    created_at  timestamptz not null,
    read_at     timestamptz,
    unique (recipient, kind, task_id)
);
create index notification_unread on notification (recipient, id) where read_at is null;
