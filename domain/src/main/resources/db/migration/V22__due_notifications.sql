-- Due-soon and overdue notifications, each once per task: the task remembers the last one sent, so the sweep reads only
-- open tasks that still have one to send.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('NEW_TASK', 'ASSIGNED', 'DELEGATED', 'RETURNED', 'DUE_SOON', 'OVERDUE'));
alter table inbox_task add column due_notified text check (due_notified in ('DUE_SOON', 'OVERDUE'));
create index inbox_task_due_to_notify on inbox_task (due_at)
    where status = 'OPEN' and due_at is not null and due_notified is distinct from 'OVERDUE';
