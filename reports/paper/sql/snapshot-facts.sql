-- Facts about the snapshot for the prose: entries as evaluated, distinct and cleaned models.
-- The import described is the one `models` was cleaned from (the newest, or the one `build --import` selected), whose
-- counts data/clean.sql keeps in `models_source`.
-- Portable: the mean is rounded as an exact number (PostgreSQL has no round() of a float to places).
select s.entries,
       s.distinct_models,
       (select count(*) from models) as models,
       s.owners,
       (select round(cast(avg(average) as decimal(30, 10)), 2) from models) as mean_average,
       (select count(*) from models where average >= 60) as at_least_60,
       c.as_of,
       c.source_name,
       (select count(*) from repo_details where status = 'ok') as hub_repos,
       -- Base-model links from the Hub: without them no descendant of a merge can be left out (C9), only merges.
       (select count(*) from base_model_links) as lineage_links
from models_source s
join imports c on c.import_id = s.import_id
