-- 督查通报: one per month, numbered without gaps within the year when it is issued, its files kept as issued.
create table supervision_bulletin (
    year        int not null,
    month       int not null check (month between 1 and 12),
    number      int not null check (number > 0),
    issued_by   varchar(60) not null,
    issued_at   timestamp with time zone not null,
    pdf_sha256  char(64) not null,
    ofd_sha256  char(64) not null,
    docx_sha256 char(64) not null,
    primary key (year, month),
    unique (year, number)
);
