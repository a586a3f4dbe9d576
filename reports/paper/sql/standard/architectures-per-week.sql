-- architectures-per-week.sql in standard SQL (DuckDB, PostgreSQL): models counted per day and group first, then the
-- days floored to the Sunday their week starts on by date arithmetic (materialised: see types-per-week.sql).
with daily as materialized (
    select substr(created_at, 1, 10) as day, arch_group, count(*) as n
    from models
    where average is not null and params_b > 0 and created_at is not null
      and created_at >= coalesce(:since, '0001-01-01') and created_at < coalesce(:until, '9999-12-31')
    group by 1, 2
)
select cast(cast(day as date) - cast(extract(dow from cast(day as date)) as integer) as varchar) as week_start,
       arch_group, sum(n) as n
from daily
group by 1, 2
order by 1, 2
