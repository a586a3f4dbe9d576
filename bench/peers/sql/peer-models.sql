-- The peer scripts' cleaning, on the rows of the newest import as exported:
--   keep the entries the leaderboard did not flag; one row per fullname, the best average (ties keep file
--   order); params_b as exported (0 = unknown, which the importer stores as null); type without its emoji (the importer's model_type), none -> 'Unknown'; the licence as imported
--   (lower-case), none -> 'Unknown'; architectures with fewer than 50 models -> 'Other' (exact class names).
with current_import as (select import_id from imports order by as_of desc, import_id desc limit 1),
ranked as (
    select e.*, row_number() over (partition by fullname order by average is null, average desc, source_line) as pick
    from leaderboard_entries e
    where e.import_id = (select import_id from current_import) and e.is_flagged = 0
),
lb as (select * from ranked where pick = 1),
arch as (select architecture, count(*) as n from lb group by architecture)
select lb.fullname as model,
       coalesce(lb.model_type, 'Unknown') as type,
       coalesce(lb.license, 'Unknown') as hub_license,
       case when arch.n >= 50 and lb.architecture is not null then lb.architecture else 'Other' end as arch_group,
       lb.submitted_at as date,
       coalesce(lb.params_b, 0) as params_b, lb.average, lb.arc, lb.hellaswag, lb.mmlu, lb.truthfulqa, lb.winogrande, lb.gsm8k,
       lb.likes as hub_hearts
from lb left join arch on arch.architecture is lb.architecture
order by lb.source_line
