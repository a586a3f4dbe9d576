-- How the export's base_model column compares with the v1 paper's name patterns on this snapshot: for each family of
-- sql/families-v2.sql, the models that name it as their base model, the models whose normalised name contains the base
-- model's normalised name (the v1 method), and the models both methods find.
-- The families come first, from models alone: v1 exports have no base_model, so there is no family and nothing else is
-- read.
with
families as (
    select base_model,
           lower(replace(replace(replace(substr(base_model, instr(base_model, '/') + 1), '-', ''), '_', ''), '.', '')) as pattern,
           count(*) as size
    from models
    where merge_lineage = 0 and created_at is not null and average is not null
      and base_model is not null and base_model <> fullname and base_model <> 'Removed'
    group by base_model order by size desc, base_model limit :families
),
lineage as (
    select m.fullname, m.name_norm, m.base_model
    from models m
    where m.merge_lineage = 0 and m.created_at is not null and m.average is not null
)
select substr(f.base_model, instr(f.base_model, '/') + 1) as label,
       sum(l.base_model = f.base_model and l.fullname <> f.base_model) as by_column,
       sum(instr(l.name_norm, f.pattern) > 0 and l.fullname <> f.base_model) as by_name,
       sum(l.base_model = f.base_model and l.fullname <> f.base_model and instr(l.name_norm, f.pattern) > 0) as by_both
from families f cross join lineage l
group by f.base_model
order by by_column desc, label
