-- The registers page by key (the last line's time and id) rather than by offset, newest first: the index runs in the
-- same order, so that any page, however deep, is read straight from it.
drop index dispatch_created;
create index dispatch_newest on dispatch (created_at desc, id desc);
drop index dispatch_prefix;
create index dispatch_prefix_newest on dispatch (prefix, created_at desc, id desc);
create index dispatch_type_newest on dispatch (doc_type, created_at desc, id desc);
create index receipt_newest on receipt (received_at desc, id desc);
drop index receipt_received;
