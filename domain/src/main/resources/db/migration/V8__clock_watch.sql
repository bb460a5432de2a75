-- Clock moves and stops are told to the engine through the outbox: a clock can move many times, so a move is
-- queued again once the previous one was sent (one pending move per clock; the sender reads the clock's latest
-- state). Process starts, job completions and stops stay once per target.
alter table engine_command drop constraint engine_command_kind_check;
alter table engine_command add constraint engine_command_kind_check
    check (kind in ('START_PROCESS', 'COMPLETE_JOB', 'CLOCK_MOVED', 'CLOCK_STOPPED'));
alter table engine_command drop constraint engine_command_kind_target_id_key;
create unique index engine_command_once on engine_command (kind, target_id) where kind <> 'CLOCK_MOVED';
create unique index engine_command_one_pending on engine_command (kind, target_id) where done_at is null;

-- What the process watching the clock reported, so a redelivered reminder or escalation job is recorded once.
alter table running_clock add column reminded_for  timestamptz;
alter table running_clock add column escalated_for timestamptz;

-- The case's decision due instant is its case.decide clock's (it moves); the snapshot taken at filing goes.
alter table penalty_case drop column decision_due_at;
