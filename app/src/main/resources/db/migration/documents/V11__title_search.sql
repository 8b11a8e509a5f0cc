-- "标题含" in the registers: a trigram index answers like '%…%' without reading every line, for searches of three
-- characters or more. pg_trgm ships with PostgreSQL (contrib) and is trusted, so the database's owner may create it;
-- where it is not installed or not allowed, the registers work as before and search by reading the table.
do $$
begin
    create extension if not exists pg_trgm;
exception when others then
    raise notice 'pg_trgm 不可用，登记簿按标题查找将逐行比对：%', sqlerrm;
end
$$;

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'create index dispatch_title_trigrams on dispatch using gin (title gin_trgm_ops)';
        execute 'create index receipt_title_trigrams on receipt using gin (title gin_trgm_ops)';
    end if;
end
$$;
