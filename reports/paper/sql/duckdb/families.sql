-- families.sql for DuckDB: the rows of standard/families.sql, ordered once over all families. DuckDB sorts a window
-- partitioned by family per partition (one thread for the largest family) and keeps a running maximum over it slowly:
-- on 10 million models that took 4.8 s of this query's 5. Here the families follow each other in one order, a
-- family's running maximum is the maximum of (family, average) pairs before the row (a pair of an earlier family
-- means none), and a member's place is its position minus its family's first.
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
-- The members, narrow (the names are joined back for the records only). The LIKE filter is implied by every pattern
-- above (each holds one of its words) and lets DuckDB test the patterns on a fifth of the models.
members as materialized (
    select f.family_key, f.label, m.name_rank, m.average, m.created_at
    from (select name_rank, name_norm, params_b, average, created_at from models
          where (name_norm like '%llama%' or name_norm like '%mistral7b%' or name_norm like '%mixtral8x7b%' or name_norm like '%phi%')
            and created_at is not null and average is not null and merge_lineage = 0) m
    cross join families f
    where strpos(m.name_norm, f.pattern) > 0
      and (f.params is null or trunc(m.params_b) = f.params)
),
ordered as materialized (
    select members.*,
           row_number() over all_families as position,
           max({'family_key': family_key, 'average': average}) over (all_families rows between unbounded preceding and 1 preceding) as before
    from members
    window all_families as (order by family_key, created_at, average desc)
),
family_start as (
    select family_key, min(position) as first_position, count(*) as total_models from ordered group by family_key
),
records as (
    select o.*, s.first_position, s.total_models
    from ordered o join family_start s on s.family_key = o.family_key
    where o.before is null or o.before.family_key <> o.family_key or o.average > o.before.average
)
select r.family_key, r.label, x.fullname, x.short_name, r.average, substr(r.created_at, 1, 10) as created,
       r.position - r.first_position + 1 as cumulative_models, r.total_models,
       f.average as reference, substr(f.created_at, 1, 10) as release_date,
       cast(cast(substr(r.created_at, 1, 10) as date) - cast(substr(f.created_at, 1, 10) as date) as integer) as days_since_release,
       round(cast(r.average - f.average as decimal(30, 10)), 2) as gain,
       case when r.total_models > 1 then round(cast((r.average - f.average) / ln(r.total_models) as decimal(30, 10)), 3) end as gain_norm,
       1 as is_record
from records r
join ordered f on f.position = r.first_position
join models x on x.name_rank = r.name_rank
order by r.family_key, cumulative_models
