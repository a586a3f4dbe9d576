-- types-scatter.sql in standard SQL (DuckDB, PostgreSQL): greatest() for SQLite's two-argument max(), floor() for its
-- integer division, and models numbered by name (there is no rowid), so a sampled snapshot keeps another k-th model.
with sampling as (
    select greatest(1, cast(floor(count(*) / :max_points) as bigint)) as step from models
)
select created_at, average, type, step
from (select m.created_at, m.average, m.type_short as type, m.model_type, m.fullname, s.step,
             row_number() over (order by m.fullname) as position
      from models m cross join sampling s) as numbered
where model_type is not null and created_at is not null and average is not null
  and created_at >= coalesce(:since, '0001-01-01') and created_at < coalesce(:until, '9999-12-31')
  and position % step = 0
order by created_at, fullname
