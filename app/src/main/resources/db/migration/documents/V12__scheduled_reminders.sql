-- 催办 the system sends by itself before and after a 收文's handling deadline: no person sent them, and each
-- occasion (two days before a deadline, the first day past it, each further week past it) reaches a unit once,
-- however many nodes run the schedule and however often it runs
alter table receipt_reminder alter column urged_by drop not null;
alter table receipt_reminder add column occasion varchar(40);
create unique index receipt_reminder_occasion on receipt_reminder (receipt_id, handler, occasion)
    where occasion is not null;
