-- Figure 8 (top): models per parameter size (integer billions) and architecture group.
-- Counted per exact size first, in the order of the index models_by_params (data/models-indexes.sql), which holds every
-- column read here, then per integer size: sorting a million rows by the integer size cost four times as much.
select cast(params_b as integer) as params, arch_group, sum(n) as n
from (select params_b, arch_group, count(*) as n
      from models
      where params_b > 0 and params_b <= :max_params
      group by 1, 2) as per_size
group by 1, 2
order by 1, 2
