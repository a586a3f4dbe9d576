-- Figure 1: authors by the month of their first contribution (the first commit of the first
-- leaderboard repository they committed to), and the running total. Bots left out (C8).
-- Repositories are the outer loop (CROSS JOIN fixes the order), so each one's authors are read
-- together from commit_authors' key: on a million repositories this is twice as fast as looking
-- up a repository for every (author, repository) pair.
with first_seen as (
    select a.author, min(c.first_commit) as first_commit
    from repo_commits c
    cross join human_commit_authors a on a.repo = c.fullname
    join models m on m.fullname = c.fullname
    where c.first_commit is not null
    group by a.author
),
monthly as materialized (
    select date(first_commit, 'start of month') as month, count(*) as new_authors
    from first_seen
    group by 1
)
select month, 'Total Authors' as series, sum(new_authors) over (order by month) as authors from monthly
union all
select month, 'New Authors', new_authors from monthly
order by series, month
