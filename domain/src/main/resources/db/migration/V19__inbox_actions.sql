-- The inbox's own actions: a follow-up date the assignee sets (the task stays out of the inbox until then) and the
-- comments on a task (who, in which unit, when).
alter table inbox_task add column follow_up_at timestamptz;

create table task_comment (
    id          bigserial primary key,
    task_id     bigint      not null references inbox_task (id),
    author      text        not null,
    author_unit text,
    text        text        not null,
    created_at  timestamptz not null
);
create index task_comment_task on task_comment (task_id, id);
