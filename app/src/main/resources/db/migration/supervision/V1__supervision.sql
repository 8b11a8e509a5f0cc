-- 督查督办: what leaders decide, as items (督办事项) with tasks for the units, followed until closed (销号).

-- The office's holiday calendar: days that differ from the rule "Monday to Friday are working days".
create table calendar_day (
    day     date primary key,
    working boolean not null,          -- true: a weekend day worked (调休上班); false: a 法定节假日 on a weekday
    name    varchar(40) not null
);

create table supervision_item (
    id               uuid primary key,
    source           varchar(20) not null,       -- INSTRUCTION 领导批示, MEETING 会议议定事项, SUPERIOR 上级交办, KEY_WORK 重点工作
    source_document  uuid unique,                -- the 收文 an instruction was given on: one item per 收文
    source_reference varchar(100) not null,      -- its 收文号 or 文号, or empty
    title            varchar(200) not null,
    content          text not null,
    leader           varchar(100) not null,      -- 责任领导
    classification   varchar(20) not null,
    proposed_units   text[] not null default '{}',  -- the units the instruction named, until the 督查室 assigns tasks
    proposed_deadline date,
    created_by       varchar(60) not null,       -- a login name, or empty when it came from a 收文
    created_at       timestamp with time zone not null
);

create table supervision_task (
    id          uuid primary key,
    item_id     uuid not null references supervision_item,
    position    int not null,
    lead_unit   varchar(100) not null,           -- 牵头单位
    co_units    text[] not null default '{}',    -- 配合单位
    deadline    date not null,
    cycle       varchar(20) not null,            -- ONCE, WEEKLY, MONTHLY: how often the lead unit reports
    assigned_on date not null,
    closed      boolean not null default false,  -- 销号; whether 办结 is applied for is read off the reports
    closed_on   date,                            -- the day of the 办结 application accepted (销号)
    on_time     boolean,
    unique (item_id, position)
);
create index supervision_task_lead_unit on supervision_task (lead_unit);
create index supervision_task_co_units on supervision_task using gin (co_units);

create table supervision_report (
    id          uuid primary key,
    task_id     uuid not null references supervision_task,
    unit        varchar(100) not null,
    completion  boolean not null,                -- an application for 办结
    text        text not null,
    progress    int not null check (progress between 0 and 100),
    reported_by varchar(60) not null,
    reported_on date not null,
    reported_at timestamp with time zone not null,
    verdict     varchar(10),                     -- ACCEPTED or RETURNED once the 督查室 has reviewed it
    reason      text,
    reviewed_by varchar(60),
    reviewed_at timestamp with time zone
);
create index supervision_report_task on supervision_report (task_id, reported_at);
create index supervision_report_waiting on supervision_report (reported_at) where verdict is null;

create table supervision_evidence (
    report_id  uuid not null references supervision_report,
    position   int not null,
    name       varchar(200) not null,
    media_type varchar(100) not null,
    sha256     char(64) not null,
    size       int not null,
    primary key (report_id, position)
);

create table deadline_change (
    id           uuid primary key,
    task_id      uuid not null references supervision_task,
    old_deadline date not null,
    new_deadline date not null,
    reason       text not null,
    requested_by varchar(60) not null,
    requested_at timestamp with time zone not null,
    approved     boolean,
    decided_by   varchar(60),
    decided_at   timestamp with time zone
);
-- one open application per task
create unique index deadline_change_open on deadline_change (task_id) where approved is null;

-- Reminders sent, one per task, unit and occasion: the schedule may run on two nodes or twice, the row is written once.
create table supervision_reminder (
    task_id  uuid not null references supervision_task,
    unit     varchar(100) not null,
    occasion varchar(60) not null,               -- due:<deadline>, overdue:<deadline>/<week>, report:<due date>
    sent_at  timestamp with time zone not null,
    primary key (task_id, unit, occasion)
);
