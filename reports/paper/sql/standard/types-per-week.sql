-- types-per-week.sql in standard SQL (DuckDB, PostgreSQL): the Sunday a week starts on by date arithmetic
-- (extract(dow) is 0 on Sundays), kept as ISO text like SQLite's date().
with weekly as (
    select week_start, type, count(*) as new_models
    from (select cast(cast(substr(created_at, 1, 10) as date) - cast(extract(dow from cast(substr(created_at, 1, 10) as date)) as integer) as varchar) as week_start,
                 type_short as type
          from models
          where created_at is not null) as dated
    where week_start between coalesce(:since, '0001-01-01') and coalesce(:until, '9999-12-31')
    group by 1, 2
)
select week_start, type, new_models,
       cast(new_models as float8) / sum(new_models) over (partition by week_start) as share,
       sum(new_models) over (partition by week_start) as week_models
from weekly
order by week_start, type
