-- params-per-point.sql in standard SQL (DuckDB, PostgreSQL): the middle of a month from the text of its date.
select substr(created_at, 1, 7) || '-16' as month_mid,
       min(params_b / average) as min_ratio,
       count(*) as total
from models
where params_b > 0 and created_at is not null and average > 0
group by substr(created_at, 1, 7)
having count(*) >= :min_models
order by 1
