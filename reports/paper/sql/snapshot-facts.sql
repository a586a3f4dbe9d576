-- Facts about the snapshot for the prose: entries as evaluated, distinct and cleaned models.
-- The import described is the one `models` was cleaned from (the newest, or the one `build --import` selected).
-- Portable: the mean is rounded as an exact number (PostgreSQL has no round() of a float to places).
with current_import as (
    select import_id, as_of, source_name from imports
    where import_id = coalesce((select import_id from models limit 1),
                               (select import_id from imports order by as_of desc, import_id desc limit 1)))
select (select count(*) from leaderboard_entries where import_id = c.import_id) as entries,
       (select count(distinct fullname) from leaderboard_entries where import_id = c.import_id) as distinct_models,
       (select count(*) from models) as models,
       (select count(distinct owner) from models) as owners,
       (select round(cast(avg(average) as decimal(30, 10)), 2) from models) as mean_average,
       (select count(*) from models where average >= 60) as at_least_60,
       c.as_of,
       c.source_name,
       (select count(*) from repo_details where status = 'ok') as hub_repos,
       -- Base-model links from the Hub: without them no descendant of a merge can be left out (C9), only merges.
       (select count(*) from base_model_links) as lineage_links
from current_import c
