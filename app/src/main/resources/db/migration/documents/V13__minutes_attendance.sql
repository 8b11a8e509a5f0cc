-- Who attended the meeting a 纪要 records, as GB/T 9704-2012 10.3 lists them below its text: 出席, 请假, 列席,
-- each a list of units and names in order
create table dispatch_attendance (
    dispatch_id uuid          not null references dispatch (id),
    kind        varchar(4)    not null check (kind in ('出席', '请假', '列席')),
    names       varchar(2000) not null,
    primary key (dispatch_id, kind)
);
