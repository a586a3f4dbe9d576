-- Parameter sizes for the prose of Figure 8: the share of sized models of at most 20 B, and how many
-- models lie beyond the figure's axis.
select count(*) as sized,
       round(100.0 * sum(params_b <= 20) / count(*), 1) as share_le20,
       sum(params_b > :max_params) as above_max,
       max(params_b) as largest
from models
where params_b > 0
