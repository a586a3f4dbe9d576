-- Figure 4: new models per week (Sunday-floored) and type, with each type's share of its week, between :since and
-- :until (null: from the first or to the last week of the data).
-- Models are counted per day and type first, in the order of the index models_by_day (data/models-indexes.sql), which
-- is read alone because created_at appears only as its key, substr(created_at, 1, 10); the few thousand days are then
-- floored to weeks. The day of an ISO time is its date, so the weeks are those of date(created_at).
with daily as (
    select substr(created_at, 1, 10) as day, type_short as type, count(*) as n
    from models
    where substr(created_at, 1, 10) is not null
    group by 1, 2
),
weekly as (
    select date(day, '-6 days', 'weekday 0') as week_start, type, sum(n) as new_models
    from daily
    where date(day, '-6 days', 'weekday 0') between coalesce(:since, '0001-01-01') and coalesce(:until, '9999-12-31')
    group by 1, 2
)
select week_start, type, new_models,
       1.0 * new_models / sum(new_models) over (partition by week_start) as share,
       sum(new_models) over (partition by week_start) as week_models
from weekly
order by week_start, type
