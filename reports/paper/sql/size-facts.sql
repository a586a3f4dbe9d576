-- Parameter sizes for the prose of Figure 8: the share of sized models of at most 20 B, and how many
-- models lie beyond the figure's axis.
select count(*) as sized,
       round(100.0 * sum(params_b <= 20) / count(*), 1) as share_le20,
       sum(params_b > :max_params) as above_max,
       max(params_b) as largest,
       -- Figure 8's prose compares the best small model with the best large one from these.
       max(case when params_b <= 13 then average end) as best_le13,
       max(case when params_b > 30 then average end) as best_above30
from models
where params_b > 0
