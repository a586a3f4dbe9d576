-- Figure 7 (bottom): cumulative models per type by creation day over the whole history
-- (so lines start above zero at :since), shown from :since to :until; the unknown type is left out.
-- Portable: a day is the first ten characters of the ISO time, the derived table is named.
with daily as (
    select substr(created_at, 1, 10) as day, type_short as type, count(*) as n
    from models
    where model_type is not null and created_at is not null
    group by 1, 2
)
select day, type, total
from (select day, type, sum(n) over (partition by type order by day) as total from daily) as running
where day >= coalesce(:since, '0001-01-01') and day < coalesce(:until, '9999-12-31')
order by type, day
