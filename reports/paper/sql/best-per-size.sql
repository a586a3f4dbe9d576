-- Figure 8 (bottom): the best average at each parameter size and when that model was created (earliest on ties).
with ranked as (
    select cast(params_b as integer) as params, average, created_at,
           row_number() over (partition by cast(params_b as integer) order by average desc, created_at) as rank
    from models
    where params_b > 0 and params_b <= :max_params and created_at is not null and average is not null
)
select params, average as best, date(created_at) as best_date from ranked where rank = 1 order by params
