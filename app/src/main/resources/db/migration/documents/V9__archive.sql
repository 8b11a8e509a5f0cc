-- 归档 after DA/T 22-2015 (归档文件整理规则): each document archived is one 件 with its 全宗号, 年度, 保管期限, 机构 and
-- 件号, numbered without gaps within 全宗, 年度, 保管期限 and 机构, and its 档号 built from them. The files archived with
-- it (the 红头文件, scans, 附件) are kept by their SHA-256 and never change.
create table archive_counter (
    fonds       varchar(10) not null,
    year        integer     not null,
    retention   varchar(5)  not null,
    organ       varchar(10) not null,
    last_number integer     not null check (last_number >= 0),
    primary key (fonds, year, retention, organ)
);

create table archive_item (
    document_id      uuid primary key,
    kind             varchar(4)   not null check (kind in ('发文', '收文')),
    fonds            varchar(10)  not null,
    year             integer      not null,
    retention        varchar(5)   not null check (retention in ('Y', 'D30', 'D10')),
    organ            varchar(10)  not null,
    item_number      integer      not null check (item_number > 0),
    archival_code    varchar(60)  not null unique,
    reference_number varchar(60)  not null default '',
    author           varchar(100) not null,
    title            varchar(200) not null,
    document_date    date         not null,
    classification   varchar(20)  not null,
    archived_by      varchar(64)  not null,
    archived_at      timestamp with time zone not null,
    constraint archive_item_once unique (fonds, year, retention, organ, item_number)
);

create index archive_item_year on archive_item (year desc, retention, organ, item_number);

create table archive_file (
    document_id uuid         not null references archive_item (document_id),
    position    integer      not null check (position > 0),
    name        varchar(200) not null,
    media_type  varchar(100) not null,
    sha256      char(64)     not null,
    size        integer      not null check (size > 0),
    primary key (document_id, position)
);
