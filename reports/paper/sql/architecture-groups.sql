-- Figure 5's text: how many architecture groups have a name of their own (more than 50 models), their names, and
-- the share of models in them. Portable (SQLite 3.44+, DuckDB, PostgreSQL): string_agg orders its own values,
-- conditions are counted with case, the derived table is named.
select count(distinct arch_group) as named_groups,
       string_agg(arch_group, ', ' order by arch_group) as names,
       (select round(100.0 * sum(case when arch_group <> 'Other' then 1 else 0 end) / count(*), 1) from models) as named_share
from (select distinct arch_group from models where arch_group <> 'Other') as named
