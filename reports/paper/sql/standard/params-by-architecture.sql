-- Figure 8 (top): models per parameter size (integer billions) and architecture group.
-- `+params_b` keeps SQLite off the index on params_b: nearly every model passes the filter, and one
-- pass over the table is faster than a million lookups from the index.
select cast(params_b as integer) as params, arch_group, count(*) as n
from models
where +params_b > 0 and +params_b <= :max_params
group by 1, 2
order by 1, 2
