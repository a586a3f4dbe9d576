-- Figure 8 (bottom): the best average at each parameter size and when that model was created (earliest on ties).
-- The best per exact size is read in the order of the index models_by_params, then the best per integer size; its
-- creation date is then looked up through the index on average, which finds the few models with exactly that score.
with best as (
    select cast(params_b as integer) as params, max(best) as best
    from (select params_b, max(average) as best
          from models
          where params_b > 0 and params_b <= :max_params and created_at is not null and average is not null
          group by 1) as per_size
    group by 1
)
select b.params, b.best,
       (select date(min(m.created_at)) from models m
        where m.average = b.best and cast(m.params_b as integer) = b.params
          and m.params_b > 0 and m.params_b <= :max_params and m.created_at is not null) as best_date
from best b
order by b.params
