-- 办公室审核: the text as it was before each change made in the flow, and each error the proofreader found that the
-- reviewer kept, with the reason. A change to the text ends the waivers given for the text before it.
create table dispatch_revision (
    dispatch_id  uuid         not null references dispatch (id),
    revised_at   timestamp with time zone not null,
    revised_by   varchar(64)  not null,
    title_before varchar(200) not null,
    body_before  text         not null
);

create index dispatch_revision_dispatch on dispatch_revision (dispatch_id, revised_at);

create table dispatch_waiver (
    dispatch_id uuid          not null references dispatch (id),
    field       varchar(10)   not null check (field in ('title', 'body')),
    rule        varchar(60)   not null,
    start_at    integer       not null,
    original    varchar(200)  not null,
    message     varchar(500)  not null,
    reason      varchar(1000) not null check (reason <> ''),
    waived_by   varchar(64)   not null,
    waived_at   timestamp with time zone not null,
    primary key (dispatch_id, field, rule, start_at)
);
