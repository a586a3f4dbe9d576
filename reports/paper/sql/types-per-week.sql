-- Figure 4: new models per week (Sunday-floored) and type, with each type's share of its week, between :since and
-- :until (null: from the first or to the last week of the data).
with weekly as (
    select date(created_at, '-6 days', 'weekday 0') as week_start, type_short as type, count(*) as new_models
    from models
    where created_at is not null
      and date(created_at, '-6 days', 'weekday 0') between coalesce(:since, '0001-01-01') and coalesce(:until, '9999-12-31')
    group by 1, 2
)
select week_start, type, new_models,
       1.0 * new_models / sum(new_models) over (partition by week_start) as share,
       sum(new_models) over (partition by week_start) as week_models
from weekly
order by week_start, type
