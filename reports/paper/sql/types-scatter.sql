-- Figure 7 (top): every model, or on very large snapshots an even systematic sample of at most :max_points
-- (every k-th model by name: models.name_rank), so the figure stays readable and small. The sampled ranks are counted
-- out here and looked up by the index on name_rank, so a million-model snapshot reads its sample, not every model.
with recursive sampling(step, models) as (
    select max(1, count(*) / :max_points), count(*) from models
),
picked(name_rank) as (
    select step from sampling where step <= models
    union all
    select p.name_rank + s.step from picked p cross join sampling s where p.name_rank + s.step <= s.models
)
select m.created_at, m.average, m.type_short as type, s.step
from picked p
cross join models m on m.name_rank = p.name_rank
cross join sampling s
where m.model_type is not null and m.created_at is not null and m.average is not null
  and m.created_at >= coalesce(:since, '0001-01-01') and m.created_at < coalesce(:until, '9999-12-31')
order by m.created_at, m.fullname
