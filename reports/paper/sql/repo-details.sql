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
rows as (select * from chosen union all select * from bases),
-- The tags of these nine repositories only, read once (a correlated count and list would each group every tag on
-- DuckDB); `in` lets SQLite look them up by the key of repo_tags, where a join would scan all tags.
tags as (
    select t.fullname, t.tag, t.position, count(*) over (partition by t.fullname) as total,
           row_number() over (partition by t.fullname order by t.position) as ordinal
    from repo_tags t
    where t.fullname in (select fullname from rows)
),
listed as (
    select fullname, string_agg(tag, ', ' order by position) || case when max(total) > 8 then ', ...' else '' end as tags
    from tags where ordinal <= 8
    group by fullname
)
select m.short_name, d.author, d.created_at, d.downloads, l.tags
from rows r
join models m on m.fullname = r.fullname
join repo_details d on d.fullname = r.fullname
left join listed l on l.fullname = r.fullname
order by r.grp, r.average desc, m.fullname
