-- Table 5 of the v2 edition: the ten most common named licences of this snapshot (v2 models use licences the v1 paper
-- never listed, such as llama3.1 and llama3.2), everything else as "Unknown License" (no licence, 'other', 'unknown'
-- and rarer ones), with the usage permissions of each licence the lookup knows ('?' for one it does not).
with permissions(licence, commercial, academic, personal) as (
    values ('apache-2.0', 'Yes', 'Yes', 'Yes'), ('mit', 'Yes', 'Yes', 'Yes'), ('cc-by-4.0', 'Yes', 'Yes', 'Yes'),
           ('cc-by-sa-4.0', 'Yes', 'Yes', 'Yes'), ('cc-by-nc-4.0', 'No', 'Yes', 'Yes'), ('cc-by-nc-sa-4.0', 'No', 'Yes', 'Yes'),
           ('cc-by-nc-nd-4.0', 'No', 'Yes', 'Yes'), ('llama2', 'Limited*', 'Yes', 'Yes'), ('llama3', 'Limited*', 'Yes', 'Yes'),
           ('llama3.1', 'Limited*', 'Yes', 'Yes'), ('llama3.2', 'Limited*', 'Yes', 'Yes'), ('llama3.3', 'Limited*', 'Yes', 'Yes'),
           ('gemma', 'Limited*', 'Yes', 'Yes'), ('creativeml-openrail-m', 'Limited*', 'Yes', 'Yes'), ('openrail', 'Limited*', 'Yes', 'Yes'),
           ('gpl-3.0', 'Yes', 'Yes', 'Yes'), ('agpl-3.0', 'Yes', 'Yes', 'Yes'), ('bsd-3-clause', 'Yes', 'Yes', 'Yes'), ('afl-3.0', 'Yes', 'Yes', 'Yes')
),
per_licence as (
    select lower(license) as licence, count(*) as models from models group by 1
),
named as (
    select licence, row_number() over (order by models desc, licence) as position
    from per_licence
    where licence is not null and licence not in ('other', 'unknown')
    order by models desc, licence
    limit 10
),
counted as (
    select coalesce(n.position, 11) as position, coalesce(n.licence, 'Unknown License') as licence, sum(p.models) as models
    from per_licence p
    left join named n on n.licence = p.licence
    group by 1, 2
)
select c.position, c.licence, c.models,
       round(100.0 * c.models / (select count(*) from models), 2) as share,
       case when c.position = 11 then 'n/a' else coalesce(p.commercial, '?') end as commercial,
       case when c.position = 11 then 'n/a' else coalesce(p.academic, '?') end as academic,
       case when c.position = 11 then 'n/a' else coalesce(p.personal, '?') end as personal
from counted c
left join permissions p on p.licence = c.licence
order by c.position
