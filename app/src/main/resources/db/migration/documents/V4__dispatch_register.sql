-- 发文登记簿: where each document stands, kept with it so that the register filters and pages in SQL alone.
alter table dispatch add column state varchar(60) not null default '拟稿';

create index dispatch_created on dispatch (created_at desc, id);
create index dispatch_prefix on dispatch (prefix, created_at desc);

