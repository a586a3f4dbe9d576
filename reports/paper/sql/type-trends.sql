-- The prose of Figures 4 and 7: for each model type, its models and their mean average score in the first and in the
-- last three months with data of the window (:since to :until, else the span of the data), and its models up to the
-- window's end, so that "rises", "falls", "most" and "ahead of" are chosen from these numbers rather than written by hand.
-- Models are summed per day and type first, in the order of the index models_by_day (created_at appears only as its
-- key, the day substr(created_at, 1, 10), which is date(created_at)); the few thousand days are then placed.
with span as (
    select max(coalesce(:since, '0001-01-01'), date(min(created_at))) as since,
           min(coalesce(:until, '9999-12-31'), date(max(created_at))) as until
    from models where created_at is not null
),
daily as (
    select substr(created_at, 1, 10) as day, type_short as type, count(*) as n, count(average) as scored, sum(average) as score_sum
    from models
    where substr(created_at, 1, 10) is not null
    group by 1, 2
),
placed as (
    select d.type, d.n, d.scored, d.score_sum,
           d.day >= s.since and d.day < date(s.since, '+3 months') as early,
           d.day > date(s.until, '-3 months') and d.day <= s.until as late,
           d.day <= s.until as by_end
    from daily d cross join span s
)
select type,
       sum(early * n) as early_models,
       sum(late * n) as late_models,
       round(sum(case when early then score_sum end) / sum(case when early then scored end), 2) as early_score,
       round(sum(case when late then score_sum end) / sum(case when late then scored end), 2) as late_score,
       sum(by_end * n) as models_by_end
from placed
group by type
order by models_by_end desc, type
