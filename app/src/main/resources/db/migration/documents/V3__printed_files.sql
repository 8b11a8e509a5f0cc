-- 印制: the 红头文件 of a 发文 as printed, one file of each kind, kept in the content store by its SHA-256.
create table dispatch_file (
    dispatch_id uuid        not null references dispatch (id),
    kind        varchar(10) not null check (kind in ('PDF', 'OFD', 'DOCX')),
    sha256      char(64)    not null,
    size        integer     not null check (size > 0),
    printed_at  timestamp with time zone not null,
    primary key (dispatch_id, kind)
);
