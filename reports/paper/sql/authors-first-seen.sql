-- Figure 1: authors by the month of their first contribution (the first commit of the first
-- leaderboard repository they committed to), and the running total. Bots left out (C8). Every repository the Hub
-- was asked about counts, as in the author counts of the text (author-shares.sql), so the total ends at their number.
-- Repositories are the outer loop (CROSS JOIN fixes the order), so each one's authors are read
-- together from commit_authors' key: on a million repositories this is twice as fast as looking
-- up a repository for every (author, repository) pair.
with recursive first_seen as (
    select a.author, min(c.first_commit) as first_commit
    from repo_commits c
    cross join human_commit_authors a on a.repo = c.fullname
    where c.first_commit is not null
    group by a.author
),
monthly as materialized (
    select date(first_commit, 'start of month') as month, count(*) as new_authors
    from first_seen
    group by 1
),
-- Every month from the first to the last, so that a month without a new author is a 0, not a gap the line jumps.
months(month) as (
    select min(month) from monthly having count(*) > 0
    union all
    select date(month, '+1 month') from months where month < (select max(month) from monthly)
),
filled as materialized (
    select s.month, coalesce(m.new_authors, 0) as new_authors
    from months s left join monthly m on m.month = s.month
)
select month, 'Total Authors' as series, sum(new_authors) over (order by month) as authors from filled
union all
select month, 'New Authors', new_authors from filled
order by series, month
