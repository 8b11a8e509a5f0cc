-- The registers count what a filter finds (up to 10,001 lines) for a reader cleared for some 密级 only. The indexes
-- the registers page by now carry the 密级 too, so that the count reads the index alone (an index-only scan) instead
-- of visiting each line's row to learn whether the reader may see it.
drop index dispatch_newest;
create index dispatch_newest on dispatch (created_at desc, id desc) include (classification);
drop index dispatch_type_newest;
create index dispatch_type_newest on dispatch (doc_type, created_at desc, id desc) include (classification);
drop index dispatch_prefix_newest;
create index dispatch_prefix_newest on dispatch (prefix, created_at desc, id desc) include (classification);
drop index receipt_newest;
create index receipt_newest on receipt (received_at desc, id desc) include (classification);
