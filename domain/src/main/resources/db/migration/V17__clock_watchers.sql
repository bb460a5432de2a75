-- Clocks of the body's own steps get a watcher of their own (statutory-clock started by the platform): a due-soon
-- reminder and, on expiry, a follow-up task for the head of the dossier's unit. Party windows (the model acts on their
-- end), case.decide (watched by the penalty case itself), fine.pay (the model sends the reminder) and the limitation
-- are not watched this way.
alter table clock_definition add column watched boolean not null default false;
update clock_definition set watched = true where id in ('lead.verify', 'evidence.preserve', 'legal.review',
    'decision.serve', 'enforce.court', 'seizure', 'publish.decision', 'publish.withdraw', 'transfer.decide',
    'transfer.send', 'transfer.handover', 'reverse.reply', 'dispute.decide', 'rectify.recheck', 'summary.file');

-- Set once by the dispatcher that starts the watcher: never two watchers per clock.
alter table running_clock add column watcher_instance_key bigint unique;

alter table engine_command drop constraint engine_command_kind_check;
alter table engine_command add constraint engine_command_kind_check
    check (kind in ('START_PROCESS', 'COMPLETE_JOB', 'CLOCK_MOVED', 'CLOCK_STOPPED', 'PAYMENT_RECORDED',
                    'TRANSFER_CONCLUDED', 'DEFERRAL_REQUESTED', 'DECISION_REVOKED', 'WATCH_CLOCK'));
