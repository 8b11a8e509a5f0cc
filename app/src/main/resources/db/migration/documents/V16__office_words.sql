-- The office's own word list for the proofreader (本办词库): words written right that the rules would flag (the
-- names of local people, places and projects the dictionary lacks), and the office's own slips with their right
-- form (大数局 → 大数据局), flagged wherever they occur. A word is in the list once, either way.
create table office_word (
    id         bigint generated always as identity primary key,
    written    varchar(20)  not null unique,
    correction varchar(20)  check (correction is null or correction <> written),
    note       varchar(100) not null default '',
    added_by   varchar(64)  not null,
    added_name varchar(60)  not null,
    added_at   timestamp with time zone not null
);
