-- Figure 1: authors by the month of their first contribution (the first commit of the first
-- leaderboard repository they committed to), and the running total. Bots left out (C8). Every repository the Hub
-- was asked about counts, as in the author counts of the text (author-shares.sql), so the total ends at their number.
-- Each author's first commit is derived once per snapshot (human_authors, data/clean.sql).
with recursive first_seen as (
    select author, first_commit from human_authors where first_commit is not null
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
