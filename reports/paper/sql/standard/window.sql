-- window.sql in standard SQL (DuckDB, PostgreSQL): greatest/least for SQLite's two-argument max/min, months added
-- with an interval (PostgreSQL and DuckDB keep a 31st within the month, SQLite carries it into the next).
-- first_day and last_day: the days with data inside it; the prose compares its first and last three months with data.
-- The first and last days are cut from the earliest and latest ISO times (the same days as the least and greatest cut
-- of every time, without cutting ten million of them).
select since, until, first_day, last_day,
       cast(cast(cast(first_day as date) + interval '3 months' as date) as varchar) as early_end,
       cast(cast(cast(last_day as date) - interval '3 months' as date) as varchar) as late_start
from (select coalesce(:since, substr(min(created_at), 1, 10)) as since, coalesce(:until, substr(max(created_at), 1, 10)) as until,
             greatest(coalesce(:since, '0001-01-01'), substr(min(created_at), 1, 10)) as first_day,
             least(coalesce(:until, '9999-12-31'), substr(max(created_at), 1, 10)) as last_day
      from models where created_at is not null) as span
