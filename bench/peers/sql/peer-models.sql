-- The peer scripts' cleaning, on the rows of the newest import as exported:
--   keep the entries the leaderboard did not flag; one row per fullname, the best average (ties keep file
--   order); params_b as exported (0 = unknown, which the importer stores as null); type without its emoji (the importer's model_type), none -> 'Unknown'; the licence as imported
--   (lower-case), none -> 'Unknown'; architectures with fewer than 50 models -> 'Other' (exact class names).
-- Only the ranking keys are sorted (the winners' rows are then read by entry_id), and the entries are scanned rather than
-- looked up through the (import_id, fullname) index: twice as fast on the v1 export.
with current_import as (select import_id from imports order by as_of desc, import_id desc limit 1),
picked as (
    select entry_id from (
        select entry_id, row_number() over (partition by fullname order by average is null, average desc, source_line) as pick
        from leaderboard_entries
        where +import_id = (select import_id from current_import) and is_flagged = 0)
    where pick = 1
),
lb as (select e.* from picked join leaderboard_entries e on e.entry_id = picked.entry_id),
arch as (select architecture, count(*) as n from lb where architecture is not null group by architecture)
select lb.fullname as model,
       coalesce(lb.model_type, 'Unknown') as type,
       coalesce(lb.license, 'Unknown') as hub_license,
       case when arch.n >= 50 then lb.architecture else 'Other' end as arch_group,
       lb.submitted_at as date,
       coalesce(lb.params_b, 0) as params_b, lb.average, lb.arc, lb.hellaswag, lb.mmlu, lb.truthfulqa, lb.winogrande, lb.gsm8k,
       lb.likes as hub_hearts
from lb left join arch on arch.architecture = lb.architecture
order by lb.source_line
