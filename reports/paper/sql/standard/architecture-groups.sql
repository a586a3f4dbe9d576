-- architecture-groups.sql in standard SQL (DuckDB, PostgreSQL): string_agg orders its own values, conditions
-- counted with case.
select count(distinct arch_group) as named_groups,
       string_agg(arch_group, ', ' order by arch_group) as names,
       (select round(100.0 * sum(case when arch_group <> 'Other' then 1 else 0 end) / count(*), 1) from models) as named_share
from (select distinct arch_group from models where arch_group <> 'Other') as named
