-- Figure 7 (top): every model, or on very large snapshots an even systematic sample of at most :max_points
-- (every k-th model by name: models.name_rank), so the figure stays readable and small.
select created_at, average, type_short as type,
       (select max(1, count(*) / :max_points) from models) as step
from models
where model_type is not null and created_at is not null and average is not null
  and created_at >= coalesce(:since, '0001-01-01') and created_at < coalesce(:until, '9999-12-31')
  and name_rank % (select max(1, count(*) / :max_points) from models) = 0
order by created_at, fullname
