-- Table 5: the ten named licences in the paper's order, everything else as "Unknown License",
-- with the usage permissions of each (a static lookup).
with named(position, display, licence, commercial, academic, personal) as (
    values (1, 'Apache-2.0', 'apache-2.0', 'Yes', 'Yes', 'Yes'),
           (2, 'CC-BY-NC-4.0', 'cc-by-nc-4.0', 'No', 'Yes', 'Yes'),
           (3, 'MIT', 'mit', 'Yes', 'Yes', 'Yes'),
           (4, 'Llama2', 'llama2', 'Limited*', 'Yes', 'Yes'),
           (5, 'Llama3', 'llama3', 'Limited*', 'Yes', 'Yes'),
           (6, 'CC-BY-4.0', 'cc-by-4.0', 'Yes', 'Yes', 'Yes'),
           (7, 'CC-BY-NC-SA-4.0', 'cc-by-nc-sa-4.0', 'No', 'Yes', 'Yes'),
           (8, 'CC-BY-SA-4.0', 'cc-by-sa-4.0', 'Yes', 'Yes', 'Yes'),
           (9, 'CC-BY-NC-ND-4.0', 'cc-by-nc-nd-4.0', 'No', 'Yes', 'Yes'),
           (10, 'Gemma', 'gemma', 'Limited*', 'Yes', 'Yes')
),
-- Models are counted per licence as stored first (in the order of the index models_by_license on SQLite), then per
-- lower-cased licence (a few hundred groups), then the groups are named.
per_licence as (
    select lower(license) as licence, sum(models) as models
    from (select license, count(*) as models from models group by license) as stored
    group by 1
),
counted as (
    select coalesce(n.position, 11) as position,
           coalesce(n.display, 'Unknown License') as display,
           sum(p.models) as models
    from per_licence p
    left join named n on n.licence = p.licence
    group by 1, 2
)
select c.position, c.display as licence, c.models,
       round(100.0 * c.models / (select count(*) from models), 2) as share,
       coalesce(n.commercial, 'n/a') as commercial, coalesce(n.academic, 'n/a') as academic, coalesce(n.personal, 'n/a') as personal
from counted c
left join named n on n.position = c.position
order by c.position
