-- authors-first-seen.sql in standard SQL (DuckDB, PostgreSQL): plain joins, months from the text of a date.
-- Figure 1: authors by the month of their first contribution (the first commit of the first
-- leaderboard repository they committed to), and the running total. Bots left out (C8).
-- The leaderboard's repositories with a first commit are joined once, before the author pairs (DuckDB, 1M models: about
-- twice as fast as joining the pairs to both tables).
with repo_first as materialized (
    select c.fullname, c.first_commit
    from repo_commits c join models m on m.fullname = c.fullname
    where c.first_commit is not null
),
first_seen as (
    select a.author, min(r.first_commit) as first_commit
    from human_commit_authors a
    join repo_first r on r.fullname = a.repo
    group by a.author
),
monthly as materialized (
    select substr(first_commit, 1, 7) || '-01' as month, count(*) as new_authors
    from first_seen
    group by 1
)
select month, 'Total Authors' as series, sum(new_authors) over (order by month) as authors from monthly
union all
select month, 'New Authors', new_authors from monthly
order by series, month
