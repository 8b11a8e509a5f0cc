-- 电子邮箱: where reminders are mailed when the office has a mail server configured; may be empty.
alter table person add column email varchar(100) not null default '';
