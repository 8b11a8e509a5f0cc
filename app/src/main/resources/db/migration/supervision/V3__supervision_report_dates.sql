-- A task may report on dates the 督查室 sets (cycle DATES) instead of weekly or monthly.
alter table supervision_task add column report_dates date[] not null default '{}';
