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
placed as (
    select m.type_short as type, m.average,
           case when substr(m.created_at, 1, 10) >= s.since
                 and substr(m.created_at, 1, 10) < cast(cast(cast(s.since as date) + interval '3 months' as date) as varchar) then 1 else 0 end as early,
           case when substr(m.created_at, 1, 10) > cast(cast(cast(s.until as date) - interval '3 months' as date) as varchar)
                 and substr(m.created_at, 1, 10) <= s.until then 1 else 0 end as late,
           case when substr(m.created_at, 1, 10) <= s.until then 1 else 0 end as by_end
    from models m cross join span s
    where m.created_at is not null
)
select type,
       sum(early) as early_models,
       sum(late) as late_models,
       round(cast(avg(case when early = 1 then average end) as decimal(30, 10)), 2) as early_score,
       round(cast(avg(case when late = 1 then average end) as decimal(30, 10)), 2) as late_score,
       sum(by_end) as models_by_end
from placed
group by type
order by models_by_end desc, type
