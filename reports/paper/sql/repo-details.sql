-- Table 2: the six best models and the three most downloaded pretrained ones, with their Hub details and first tags.
-- Portable: string_agg in tag order, the derived table named.
with chosen as (
    select fullname, 0 as grp, average from models where average is not null
    order by average desc, fullname limit 6
),
bases as (
    select m.fullname, 1 as grp, m.average
    from models m join repo_details d on d.fullname = m.fullname and d.status = 'ok'
    where m.model_type = 'pretrained' and m.fullname not in (select fullname from chosen)
    order by d.downloads desc, m.fullname limit 3
),
rows as (select * from chosen union all select * from bases)
select m.short_name, d.author, d.created_at, d.downloads,
       (select string_agg(tag, ', ' order by position) from (select tag, position from repo_tags t where t.fullname = m.fullname order by position limit 8) as first_tags)
         || case when (select count(*) from repo_tags t where t.fullname = m.fullname) > 8 then ', ...' else '' end as tags
from rows r
join models m on m.fullname = r.fullname
join repo_details d on d.fullname = r.fullname
order by r.grp, r.average desc, m.fullname
