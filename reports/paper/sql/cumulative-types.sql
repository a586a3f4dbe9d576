-- Figure 7 (bottom): cumulative models per type by creation day over the whole history
-- (so lines start above zero at :since), shown from :since to :until; the unknown type is left out.
-- Portable: a day is the first ten characters of the ISO time, the derived table is named.
-- On SQLite the days are counted in the order of the index models_by_day, read alone: created_at appears only as its
-- key substr(created_at, 1, 10), and the unknown type is type_short 'Unknown' (C4: model_type NULL).
with daily as (
    select substr(created_at, 1, 10) as day, type_short as type, count(*) as n
    from models
    where type_short <> 'Unknown' and substr(created_at, 1, 10) is not null
    group by 1, 2
)
select day, type, total
from (select day, type, sum(n) over (partition by type order by day) as total from daily) as running
where day >= coalesce(:since, '0001-01-01') and day < coalesce(:until, '9999-12-31')
order by type, day
