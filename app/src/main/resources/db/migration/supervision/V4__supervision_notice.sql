-- 催办单: a formal reminder notice to a task's units, numbered without gaps within the year, its files kept as issued.
create table supervision_notice (
    id          uuid primary key,
    task_id     uuid not null references supervision_task,
    year        int not null,
    number      int not null check (number > 0),
    issued_by   varchar(60) not null,
    issued_at   timestamp with time zone not null,
    pdf_sha256  char(64) not null,
    ofd_sha256  char(64) not null,
    docx_sha256 char(64) not null,
    unique (year, number)
);
create index supervision_notice_task on supervision_notice (task_id, issued_at);
