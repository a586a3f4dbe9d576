-- architectures-per-week.sql in standard SQL (DuckDB, PostgreSQL): the Sunday a week starts on by date arithmetic.
select cast(cast(substr(created_at, 1, 10) as date) - cast(extract(dow from cast(substr(created_at, 1, 10) as date)) as integer) as varchar) as week_start,
       arch_group, count(*) as n
from models
where average is not null and params_b > 0 and created_at is not null
  and created_at >= coalesce(:since, '0001-01-01') and created_at < coalesce(:until, '9999-12-31')
group by 1, 2
order by 1, 2
