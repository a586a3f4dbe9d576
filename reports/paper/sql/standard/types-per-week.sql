-- types-per-week.sql in standard SQL (DuckDB, PostgreSQL): models are counted per day and type first (the text of the
-- day is all the rows give), then the few thousand days are floored to the Sunday their week starts on by date
-- arithmetic (extract(dow) is 0 on Sundays) and kept as ISO text like SQLite's date(). Materialised, so the engine
-- does not fold the date arithmetic back into the scan of every model (DuckDB, 1M models: 0.6 -> 0.1 s).
with daily as materialized (
    select substr(created_at, 1, 10) as day, type_short as type, count(*) as n
    from models
    where created_at is not null
    group by 1, 2
),
weekly as (
    select week_start, type, sum(n) as new_models
    from (select cast(cast(day as date) - cast(extract(dow from cast(day as date)) as integer) as varchar) as week_start, type, n
          from daily) as dated
    where week_start between coalesce(:since, '0001-01-01') and coalesce(:until, '9999-12-31')
    group by 1, 2
)
select week_start, type, new_models,
       cast(new_models as float8) / sum(new_models) over (partition by week_start) as share,
       sum(new_models) over (partition by week_start) as week_models
from weekly
order by week_start, type
