-- Figure 5: new models per week by architecture group (C5), models with a known size and score, between :since and
-- :until (null: from the first or to the last week of the data).
select date(created_at, '-6 days', 'weekday 0') as week_start, arch_group, count(*) as n
from models
where average is not null and params_b > 0 and created_at is not null
  and created_at >= coalesce(:since, '0001-01-01') and created_at < coalesce(:until, '9999-12-31')
group by 1, 2
order by 1, 2
