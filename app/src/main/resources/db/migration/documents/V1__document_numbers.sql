-- 文号 (发文字号) and 收文号: one counter per 代字 and year. Taking a number updates the counter row, which locks
-- it until the transaction ends, so numbers are consecutive and never repeated; a transaction that rolls back
-- gives its number back with it. Each number is kept with the document it was given to.
create table document_number_counter (
    prefix      varchar(20) not null,
    year        integer     not null check (year between 1949 and 9999),
    last_number integer     not null check (last_number >= 0),
    primary key (prefix, year)
);

create table document_number (
    prefix      varchar(20)              not null,
    year        integer                  not null,
    number      integer                  not null check (number > 0),
    document_id uuid                     not null unique,
    assigned_at timestamp with time zone not null,
    constraint document_number_once unique (prefix, year, number),
    constraint document_number_counted foreign key (prefix, year) references document_number_counter (prefix, year)
);
