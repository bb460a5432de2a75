-- The statutory clock catalogue (deadlines.md): one row per clock. Source: L statute, S published local or
-- sector rule, C configurable default. Rows marked configurable may be adjusted per jurisdiction (audited).
create table clock_definition (
    id                  text primary key,
    name                text    not null,
    starts_at           text    not null,
    length              int     not null check (length > 0),
    unit                text    not null check (unit in ('WORKING_DAYS', 'NATURAL_DAYS', 'HOURS', 'MONTHS', 'YEARS')),
    extension_length    int     check (extension_length > 0),
    extension_approver  text,
    pauses_on           text,
    on_expiry           text    not null,
    basis               text    not null,
    source              text    not null check (source in ('L', 'S', 'C')),
    configurable        boolean not null,
    version             bigint  not null default 0
);

insert into clock_definition (id, name, starts_at, length, unit, extension_length, extension_approver, pauses_on, on_expiry, basis, source, configurable) values
('lead.verify', '核查线索并决定是否立案 verify a lead and decide on filing', 'lead received', 15, 'WORKING_DAYS', 15, 'head', null, 'escalate to head; extension needs approval', 'SAMR procedure rule Art. 18 (sector rule, default)', 'C', true),
('case.decide', '作出处理决定 decide the case', 'filing', 90, 'NATURAL_DAYS', 30, 'head (further only by collective decision)', 'hearing, testing/appraisal, suspension, public notice', 'red flag and escalate; extension request task', '行政处罚法 Art. 60; extension SAMR rule', 'L', false),
('evidence.preserve', '先行登记保存处理 decide on evidence preserved by registration', 'preservation', 7, 'WORKING_DAYS', null, null, null, 'evidence must be released', '行政处罚法 Art. 56 + 85', 'L', false),
('notice.reply', '陈述申辩 statement and defence window', 'notice served', 5, 'WORKING_DAYS', null, null, null, 'proceed to decision', 'SAMR rule; Zhejiang figure unconfirmed', 'C', true),
('hearing.request', '申请听证 request a hearing', 'notice served', 5, 'WORKING_DAYS', null, null, null, 'treat as waived', '行政处罚法 Art. 64(1)', 'L', false),
('hearing.notify', '听证通知 notify the hearing (before the hearing date)', 'before hearing', 7, 'WORKING_DAYS', null, null, null, 'hearing cannot be held', '行政处罚法 Art. 64(2)', 'L', false),
('legal.review', '法制审核 legal review of a major decision', 'submitted for review', 10, 'WORKING_DAYS', 3, 'head of the review unit', null, 'escalate to the review unit''s head', 'local lists (7–10 +3)', 'C', true),
('decision.serve', '送达决定书 serve the decision', 'decision', 7, 'WORKING_DAYS', null, null, null, 'escalate', '行政处罚法 Art. 61 + 85', 'L', false),
('fine.pay', '缴纳罚款 pay the fine', 'decision served', 15, 'NATURAL_DAYS', null, null, 'administrative review or lawsuit (late fee)', 'late fee 3 %/day capped at the fine, then enforcement', '行政处罚法 Art. 67, 72', 'L', false),
('enforce.court', '申请法院强制执行 apply to court for enforcement', 'end of review/lawsuit window', 3, 'MONTHS', null, null, null, 'right lapses', '行政强制法 Art. 53–54, 69', 'L', false),
('seizure', '查封扣押期限 seizure or closure', 'seizure', 30, 'NATURAL_DAYS', 30, 'head (complex cases)', 'testing/appraisal', 'release', '行政强制法 Art. 25', 'L', false),
('publish.decision', '公示处罚决定 publish the decision', 'decision', 7, 'WORKING_DAYS', null, null, null, 'red flag', 'State Council briefing on 三项制度', 'S', false),
('publish.withdraw', '撤回公示 withdraw a changed or revoked publication', 'change/revocation', 3, 'WORKING_DAYS', null, null, null, 'red flag', '行政处罚法 Art. 48', 'L', false),
('transfer.decide', '决定移送 head decides on a transfer', 'transfer report submitted', 3, 'WORKING_DAYS', null, null, null, 'escalate', '国务院令310 Art. 5 (working days: default)', 'C', true),
('transfer.send', '移送公安 send the transfer to police', 'approval', 24, 'HOURS', null, null, null, 'escalate', '国务院令310 Art. 5', 'L', false),
('transfer.police.decide', '公安审查决定 police decide to accept', 'police receipt', 3, 'WORKING_DAYS', 7, 'economic crimes up to 10; complex 30 (+30)', null, 'prompt; suggest procuratorate supervision', '国务院令310 Art. 8; economic-crime rule', 'C', true),
('transfer.reconsider', '申请复议 request reconsideration of non-acceptance', 'non-acceptance notice received', 3, 'WORKING_DAYS', null, null, null, 'right lapses', '国务院令310 Art. 9', 'C', true),
('transfer.reconsider.decide', '复议决定 police decide the reconsideration', 'request', 3, 'WORKING_DAYS', null, null, null, 'suggest procuratorate supervision', '国务院令310 Art. 9', 'C', true),
('transfer.supervise', '建议检察监督 suggest procuratorate supervision', 'reconsideration decision', 3, 'WORKING_DAYS', null, null, null, 'right lapses', '国务院令310 Art. 9', 'C', true),
('transfer.handover', '移交涉案物品 hand over seized items and file', 'acceptance notice', 3, 'WORKING_DAYS', null, null, null, 'escalate', '国务院令310 Art. 12', 'C', true),
('reverse.reply', '反馈检察意见 reply to a procuratorial opinion', 'opinion received', 2, 'MONTHS', null, null, null, 'escalate; procuratorate may issue a 检察建议', 'SPP rule 2021', 'S', false),
('referral.object', '移送异议 object to a referred case', 'referral received', 2, 'WORKING_DAYS', null, null, null, 'referral stands', 'county dispute rules (象山)', 'C', true),
('dispute.decide', '争议协调 settle a jurisdiction dispute', 'dispute filed', 5, 'WORKING_DAYS', null, null, null, 'escalate to government', 'local rules', 'C', true),
('limitation', '追责时效 limitation period for penalising an act', 'act ends', 2, 'YEARS', 3, 'statute: 5 years if life/health or financial safety harmed', null, 'no penalty if not discovered within the period', '行政处罚法 Art. 36', 'L', false),
('rectify.recheck', '整改复查 re-inspect after an order to rectify', 'order served', 15, 'NATURAL_DAYS', null, null, null, 'new lead', 'UEP default', 'C', true);
