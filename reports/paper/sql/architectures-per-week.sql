-- Figure 5: new models per week by architecture group (C5), models with a known size and score, between :since and
-- :until (null: from the first or to the last week of the data).
-- Counted per day first in the order of the index models_by_day (created_at appears only as its key, the day
-- substr(created_at, 1, 10); an ISO time is at or after a date exactly when its day is), then per week.
with daily as (
    select substr(created_at, 1, 10) as day, type_short, arch_group, count(*) as n
    from models
    where average is not null and params_b > 0 and substr(created_at, 1, 10) is not null
      and substr(created_at, 1, 10) >= coalesce(:since, '0001-01-01') and substr(created_at, 1, 10) < coalesce(:until, '9999-12-31')
    group by 1, 2, 3
)
select date(day, '-6 days', 'weekday 0') as week_start, arch_group, sum(n) as n
from daily
group by 1, 2
order by 1, 2
