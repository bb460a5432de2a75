-- The inbox asks "offered to my groups or to me by name": with both arrays indexed the two conditions combine as a
-- bitmap OR instead of a scan of every open task.
create index inbox_task_open_users on inbox_task using gin (candidate_users) where status = 'OPEN';
