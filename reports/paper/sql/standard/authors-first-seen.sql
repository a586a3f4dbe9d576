-- authors-first-seen.sql in standard SQL (DuckDB, PostgreSQL): a plain join, months from the text of a date.
-- Figure 1: authors by the month of their first contribution (the first commit of the first
-- leaderboard repository they committed to), and the running total. Bots left out (C8).
with first_seen as (
    select a.author, min(c.first_commit) as first_commit
    from repo_commits c
    join human_commit_authors a on a.repo = c.fullname
    join models m on m.fullname = c.fullname
    where c.first_commit is not null
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
