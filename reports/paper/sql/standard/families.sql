-- families.sql in standard SQL (DuckDB, PostgreSQL): days by date subtraction, strpos for instr, trunc for
-- SQLite's truncating cast, rounding of exact numbers.
-- The base-model families of Figures 6, 11 and 12 (paper section 0.8) and every member's place in
-- its family's record: members are models whose normalised name contains the family pattern, of
-- the family's size, created, and not merges or descendants of merges (C9, `models.merge_lineage`).
with
families(family_key, pattern, params, label) as (
    values ('llama38', 'llama3', 8, 'Llama 3 8B'),
           ('mistral7b7', 'mistral7b', 7, 'Mistral 7B'),
           ('mixtral8x7b46', 'mixtral8x7b', 46, 'Mixtral 8x7B'),
           ('llama27b7', 'llama27b', 7, 'Llama 2 7B'),
           ('llama270', 'llama2', 70, 'Llama 2 70B'),
           ('llama370', 'llama3', 70, 'Llama 3 70B'),
           ('llama7b7', 'llama7b', 7, 'Llama 1 7B'),
           ('llama30', 'llama', 30, 'Llama 1 30B'),
           ('phi2', 'phi2', null, 'Phi-2'),
           ('phi3mini', 'phi3mini', null, 'Phi-3 mini'),
           ('phi3medium', 'phi3medium', null, 'Phi-3 medium')
),
-- Models are scanned once (CROSS JOIN keeps them the outer loop), each tested against the 11 patterns.
members as materialized (
    select f.family_key, f.label, m.fullname, m.short_name, m.average, m.created_at
    from models m
    cross join families f
    where strpos(m.name_norm, f.pattern) > 0
      and (f.params is null or trunc(m.params_b) = f.params)
      and m.created_at is not null and m.average is not null
      and m.merge_lineage = 0
),
ordered as (
    select members.*,
           row_number() over family_order as cumulative_models,
           count(*) over (partition by family_key) as total_models,
           first_value(average) over family_order as reference,
           first_value(substr(created_at, 1, 10)) over family_order as release_date,
           max(average) over (family_order rows between unbounded preceding and 1 preceding) as prev_max
    from members
    window family_order as (partition by family_key order by created_at, average desc)
)
select family_key, label, fullname, short_name, average, substr(created_at, 1, 10) as created,
       cumulative_models, total_models, reference, release_date,
       cast(cast(substr(created_at, 1, 10) as date) - cast(release_date as date) as integer) as days_since_release,
       round(cast(average - reference as decimal(30, 10)), 2) as gain,
       case when total_models > 1 then round(cast((average - reference) / ln(total_models) as decimal(30, 10)), 3) end as gain_norm,
       case when prev_max is null or average > prev_max then 1 else 0 end as is_record
from ordered
-- Only the records are returned (every figure draws them, or a family's total or largest gain, which a record holds):
-- a family of thousands of members stays a few rows.
where prev_max is null or average > prev_max
order by family_key, cumulative_models
