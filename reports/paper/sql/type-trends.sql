-- The prose of Figures 4 and 7: for each model type, its models and their mean average score in the first and in the
-- last three months with data of the window (:since to :until, else the span of the data), and its models up to the
-- window's end, so that "rises", "falls", "most" and "ahead of" are chosen from these numbers rather than written by hand.
with span as (
    select max(coalesce(:since, '0001-01-01'), min(date(created_at))) as since,
           min(coalesce(:until, '9999-12-31'), max(date(created_at))) as until
    from models where created_at is not null
),
placed as (
    select m.type_short as type, m.average,
           date(m.created_at) >= s.since and date(m.created_at) < date(s.since, '+3 months') as early,
           date(m.created_at) > date(s.until, '-3 months') and date(m.created_at) <= s.until as late,
           date(m.created_at) <= s.until as by_end
    from models m cross join span s
    where m.created_at is not null
)
select type,
       sum(early) as early_models,
       sum(late) as late_models,
       round(avg(case when early then average end), 2) as early_score,
       round(avg(case when late then average end), 2) as late_score,
       sum(by_end) as models_by_end
from placed
group by type
order by models_by_end desc, type
