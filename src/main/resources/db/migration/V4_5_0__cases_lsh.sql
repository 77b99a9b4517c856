-- Near-duplicate candidates by locality-sensitive bands of the MinHash fingerprint (docs/performance.md, issue #8).
-- A band is two fingerprint values agreeing together; letters with similarity s share at least one of the sixteen
-- bands with probability 1 - (1 - s^2)^16 (0.99 at s = 0.5). Each band key is salted with the letter's place (or, without
-- a place, its handling unit) and the month it was received: a suggestion is a letter about the same place within the
-- window asked, so the index hands over only those. Without the salt, letters written from the same stock phrases in a
-- hundred communes over ten years all share bands (measured: 42,000 candidates per letter at 480,000 letters).
-- The sixteen bands written out, each salted with the bucket and the month: a single expression of built-ins, which
-- the planner inlines (an index build over ten million rows evaluates it once a row), and which is safe where an index
-- expression runs with search_path = pg_catalog (PostgreSQL 17 and later). The high cost keeps the planner from
-- evaluating it row by row instead of using the index.
create function lamchu_lsh(minhash int[], bucket uuid, received date) returns int[]
    language sql immutable parallel safe cost 1000
as $$
    select array[
        (0 | (((minhash[1] & 67108863) # ((minhash[2] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (134217728 | (((minhash[3] & 67108863) # ((minhash[4] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (268435456 | (((minhash[5] & 67108863) # ((minhash[6] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (402653184 | (((minhash[7] & 67108863) # ((minhash[8] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (536870912 | (((minhash[9] & 67108863) # ((minhash[10] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (671088640 | (((minhash[11] & 67108863) # ((minhash[12] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (805306368 | (((minhash[13] & 67108863) # ((minhash[14] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (939524096 | (((minhash[15] & 67108863) # ((minhash[16] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (1073741824 | (((minhash[17] & 67108863) # ((minhash[18] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (1207959552 | (((minhash[19] & 67108863) # ((minhash[20] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (1342177280 | (((minhash[21] & 67108863) # ((minhash[22] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (1476395008 | (((minhash[23] & 67108863) # ((minhash[24] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (1610612736 | (((minhash[25] & 67108863) # ((minhash[26] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (1744830464 | (((minhash[27] & 67108863) # ((minhash[28] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (1879048192 | (((minhash[29] & 67108863) # ((minhash[30] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727)),
        (2013265920 | (((minhash[31] & 67108863) # ((minhash[32] & 67108863) << 1) # (coalesce(uuid_hash(bucket), 0) # (((extract(year from received)::int * 12 + extract(month from received)::int) * 40503) & 134217727))) & 134217727))]
$$;

-- the keys to look up for a letter: its bands salted with its bucket, for every month of the window
create function lamchu_lsh_probe(minhash int[], bucket uuid, months date[]) returns int[]
    language sql immutable parallel safe
as $$
    select array(select unnest(lamchu_lsh(minhash, bucket, m)) from unnest(months) as m)
$$;

create index citizen_case_lsh on citizen_case
    using gin (lamchu_lsh(minhash, coalesce(place_unit_id, handling_unit_id), received_on));
drop index if exists citizen_case_minhash;
-- statistics of the new index's keys, so that the planner knows how few letters share a band
analyze citizen_case;
