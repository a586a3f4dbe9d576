-- The same concentration measured on owner namespaces, which needs no Hub data: models per owner.
-- No owner is ranked: the top shares add the 10 and 200 largest counts (which of the owners tied at the cut are
-- taken does not change the sum). Portable.
with per_owner as (select count(*) as models from models group by owner)
select count(*) as owners,
       round(100.0 * (select sum(models) from (select models from per_owner order by models desc limit 10) as top10) / sum(models), 1) as share_top10,
       round(100.0 * (select sum(models) from (select models from per_owner order by models desc limit 200) as top200) / sum(models), 1) as share_top200
from per_owner
