-- The same concentration measured on owner namespaces, which needs no Hub data: models per owner.
with per_owner as (select owner, count(*) as models from models group by owner),
ranked as (select models, row_number() over (order by models desc, owner) as rank from per_owner)
select count(*) as owners,
       round(100.0 * sum(case when rank <= 10 then models end) / sum(models), 1) as share_top10,
       round(100.0 * sum(case when rank <= 200 then models end) / sum(models), 1) as share_top200
from ranked
