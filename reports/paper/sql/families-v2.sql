-- The base-model families of the v2 edition (Figures 6, 11 and 12), from the export's own lineage: a model belongs to
-- the family of the base model its `metadata_base_model` names (models.base_model), instead of the v1
-- paper's name patterns. The :families base models that most leaderboard models name are the families; a model naming
-- itself, or 'Removed', has no family; merges and their descendants are left out as in the v1 paper (C9).
with
lineage as materialized (
    select m.fullname, m.short_name, m.average, m.created_at, m.base_model
    from models m
    where m.base_model is not null and m.base_model <> m.fullname and m.base_model <> 'Removed'
      and m.created_at is not null and m.average is not null and m.merge_lineage = 0
),
families as (
    select base_model, count(*) as size from lineage group by base_model order by size desc, base_model limit :families
),
members as (
    select lower(replace(f.base_model, '/', '_')) as family_key,
           substr(f.base_model, instr(f.base_model, '/') + 1) as label,
           l.fullname, l.short_name, l.average, l.created_at
    from lineage l join families f on f.base_model = l.base_model
),
ordered as (
    select members.*,
           row_number() over family_order as cumulative_models,
           count(*) over (partition by family_key) as total_models,
           first_value(average) over family_order as reference,
           first_value(date(created_at)) over family_order as release_date,
           max(average) over (family_order rows between unbounded preceding and 1 preceding) as prev_max
    from members
    window family_order as (partition by family_key order by created_at, average desc)
)
select family_key, label, fullname, short_name, average, date(created_at) as created,
       cumulative_models, total_models, reference, release_date,
       cast(julianday(date(created_at)) - julianday(release_date) as integer) as days_since_release,
       round(average - reference, 2) as gain,
       case when total_models > 1 then round((average - reference) / ln(total_models), 3) end as gain_norm,
       case when prev_max is null or average > prev_max then 1 else 0 end as is_record
from ordered
order by family_key, cumulative_models
