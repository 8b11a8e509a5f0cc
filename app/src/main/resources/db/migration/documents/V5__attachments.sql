-- 附件 of a 发文: office documents, PDF, OFD and pictures, kept in the content store by their SHA-256; the name is
-- the uploader's, shown and offered on download, never part of a path.
create table dispatch_attachment (
    dispatch_id uuid         not null references dispatch (id),
    position    integer      not null check (position > 0),
    name        varchar(200) not null,
    media_type  varchar(100) not null,
    sha256      char(64)     not null,
    size        integer      not null check (size > 0),
    primary key (dispatch_id, position)
);
