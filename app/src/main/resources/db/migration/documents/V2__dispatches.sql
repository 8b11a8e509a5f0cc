-- 发文: a document the office drafts and issues, from 拟稿 on; its flow lives in Flowable under the document's id.
create table dispatch (
    id             uuid primary key,
    doc_type       varchar(10)   not null,
    issuer         varchar(100)  not null,
    prefix         varchar(20)   not null,
    classification varchar(20)   not null,
    secrecy_term   varchar(20)   not null default '',
    urgency        varchar(10)   not null default '',
    recipients     varchar(500)  not null,
    copies_to      varchar(1000) not null default '',
    title          varchar(200)  not null,
    body           text          not null,
    drafter_login  varchar(64)   not null,
    drafter_name   varchar(50)   not null,
    created_at     timestamp with time zone not null
);

create index dispatch_drafter on dispatch (drafter_login, created_at desc);
