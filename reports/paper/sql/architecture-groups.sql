-- Figure 5's text: how many architecture groups have a name of their own (more than 50 models), their names, and
-- the share of models in them.
select count(distinct arch_group) - max(arch_group = 'Other') as named_groups,
       group_concat(arch_group, ', ') as names,
       (select round(100.0 * sum(arch_group <> 'Other') / count(*), 1) from models) as named_share
from (select distinct arch_group from models where arch_group <> 'Other' order by arch_group)
