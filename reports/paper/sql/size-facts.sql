-- Parameter sizes for the prose of Figure 8: the share of sized models of at most 20 B, and how many
-- models lie beyond the figure's axis. Portable: conditions counted with case (PostgreSQL cannot sum a boolean).
select count(*) as sized,
       round(100.0 * sum(case when params_b <= 20 then 1 else 0 end) / count(*), 1) as share_le20,
       sum(case when params_b > :max_params then 1 else 0 end) as above_max,
       max(params_b) as largest,
       -- Figure 8's prose compares the best small model with the best large one from these.
       max(case when params_b <= 13 then average end) as best_le13,
       max(case when params_b > 30 then average end) as best_above30
from models
where params_b > 0
