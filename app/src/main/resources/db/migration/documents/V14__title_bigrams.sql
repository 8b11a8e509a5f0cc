-- "标题含" in the registers, for searches of two characters: every pair of neighbouring characters of a title in a
-- GIN index, so that like '%值班%' first asks the index for the titles holding the pair 值班 and compares only those.
-- Chinese words are mostly two characters, which the trigram index of V11 cannot answer. Longer searches stay with
-- the trigrams, which are rarer than pairs and so narrow the search faster. Pairs need no extension and no locale
-- that counts Chinese characters as letters.
create function title_bigrams(title text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct substr(title, i, 2)), '{}')
    from generate_series(1, char_length(title) - 1) as i
$$;

create index dispatch_title_bigrams on dispatch using gin (title_bigrams(title));
create index receipt_title_bigrams on receipt using gin (title_bigrams(title));
