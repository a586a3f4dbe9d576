-- types-scatter.sql in standard SQL (DuckDB, PostgreSQL): greatest() for SQLite's two-argument max() and floor() for
-- its integer division; the same k-th models by name (models.name_rank) as on SQLite.
select m.created_at, m.average, m.type_short as type, s.step
from models m
cross join (select greatest(1, cast(floor(count(*) / :max_points) as bigint)) as step from models) as s
where m.model_type is not null and m.created_at is not null and m.average is not null
  and m.created_at >= coalesce(:since, '0001-01-01') and m.created_at < coalesce(:until, '9999-12-31')
  and m.name_rank % s.step = 0
order by m.created_at, m.fullname
