-- 收文: a document a unit receives — a 发文 of the office delivered at 核发 to a recipient unit inside the system, or a
-- paper or outside document 机要 registers with its scan. It waits in the unit's inbox until someone signs for it
-- (签收); for the committee and its office the 收文 flow then runs in Flowable under the document's id.
create table receipt (
    id             uuid primary key,
    receiving_unit varchar(60)  not null,
    dispatch_id    uuid references dispatch (id),
    sender         varchar(100) not null,
    sender_number  varchar(60)  not null default '',
    title          varchar(200) not null,
    classification varchar(20)  not null,
    urgency        varchar(10)  not null default '',
    received_at    timestamp with time zone not null,
    signed_by      varchar(64),
    signed_at      timestamp with time zone,
    deadline       date,
    state          varchar(60)  not null,
    constraint receipt_delivered_once unique (dispatch_id, receiving_unit)
);

create index receipt_unit_state on receipt (receiving_unit, state);
create index receipt_received on receipt (received_at desc, id);

-- 催办: each reminder the office sent to a unit handling a 收文.
create table receipt_reminder (
    receipt_id uuid        not null references receipt (id),
    handler    varchar(64) not null,
    urged_by   varchar(64) not null,
    urged_at   timestamp with time zone not null
);

create index receipt_reminder_handler on receipt_reminder (handler, urged_at desc);
