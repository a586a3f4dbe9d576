-- type-trends.sql in standard SQL (DuckDB, PostgreSQL): greatest/least, months added with an interval, conditions
-- counted with case, round() of an exact number.
-- The prose of Figures 4 and 7: for each model type, its models and their mean average score in the first and in the
-- last three months with data of the window (:since to :until, else the span of the data), and its models up to the
-- window's end, so that "rises", "falls", "most" and "ahead of" are chosen from these numbers rather than written by hand.
-- The first and last days are cut from the earliest and latest ISO times (the same days as the least and greatest cut
-- of every time, without cutting ten million of them).
with span as (
    select greatest(coalesce(:since, '0001-01-01'), substr(min(created_at), 1, 10)) as since,
           least(coalesce(:until, '9999-12-31'), substr(max(created_at), 1, 10)) as until
    from models where created_at is not null
),
-- Models are counted and their scores summed per day and type first (a few thousand rows), as in type-trends.sql, so
-- the days are placed in the window once each rather than once per model.
daily as materialized (
    select substr(created_at, 1, 10) as day, type_short as type, count(*) as n, count(average) as scored, sum(average) as score_sum
    from models
    where created_at is not null
    group by 1, 2
),
placed as (
    select d.type, d.n, d.scored, d.score_sum,
           case when d.day >= s.since and d.day < cast(cast(cast(s.since as date) + interval '3 months' as date) as varchar) then 1 else 0 end as early,
           case when d.day > cast(cast(cast(s.until as date) - interval '3 months' as date) as varchar) and d.day <= s.until then 1 else 0 end as late,
           case when d.day <= s.until then 1 else 0 end as by_end
    from daily d cross join span s
)
select type,
       sum(early * n) as early_models,
       sum(late * n) as late_models,
       round(cast(sum(case when early = 1 then score_sum end) / nullif(sum(case when early = 1 then scored end), 0) as decimal(30, 10)), 2) as early_score,
       round(cast(sum(case when late = 1 then score_sum end) / nullif(sum(case when late = 1 then scored end), 0) as decimal(30, 10)), 2) as late_score,
       sum(by_end * n) as models_by_end
from placed
group by type
order by models_by_end desc, type
