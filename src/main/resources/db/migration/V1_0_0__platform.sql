-- Platform: extensions, the immutable diacritic-folding function that indexes need, and the event publication
-- registry through which modules react to each other without losing a reaction on a crash.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (it reads a dictionary that could change), so it cannot serve an index.
-- This wrapper names the dictionary explicitly and is declared IMMUTABLE; it folds like
-- vn.lamchu.shared.VietnameseText.fold: diacritics removed, đ/Đ as d, lower case, white space collapsed.
create or replace function lamchu_fold(input text) returns text
    language sql immutable parallel safe strict
as $$
    select lower(regexp_replace(btrim(public.unaccent('public.unaccent'::regdictionary,
                 translate(normalize(input, NFC), 'đĐ', 'dD'))), '\s+', ' ', 'g'))
$$;

create table event_publication
(
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
