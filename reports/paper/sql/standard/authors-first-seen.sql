-- authors-first-seen.sql in standard SQL (DuckDB, PostgreSQL): plain joins, months from the text of a date.
-- Figure 1: authors by the month of their first contribution (the first commit of the first
-- leaderboard repository they committed to), and the running total. Bots left out (C8).
-- Each author's first commit is derived once per snapshot (human_authors, data/clean.sql). Every repository the Hub was
-- asked about counts, as in the author counts of the text (author-shares.sql), so the total ends at their number.
with recursive first_seen as (
    select author, first_commit from human_authors where first_commit is not null
),
monthly as materialized (
    select substr(first_commit, 1, 7) || '-01' as month, count(*) as new_authors
    from first_seen
    group by 1
),
-- Every month from the first to the last (as a count of months, 12 * year + month - 1), so that a month without a new
-- author is a 0, not a gap the line jumps.
bounds as (
    select min(cast(substr(month, 1, 4) as integer) * 12 + cast(substr(month, 6, 2) as integer) - 1) as first_month,
           max(cast(substr(month, 1, 4) as integer) * 12 + cast(substr(month, 6, 2) as integer) - 1) as last_month
    from monthly
),
months(k) as (
    select first_month from bounds where first_month is not null
    union all
    select k + 1 from months where k < (select last_month from bounds)
),
filled as materialized (
    select s.month, coalesce(m.new_authors, 0) as new_authors
    from (select cast(cast((k - k % 12) / 12 as integer) as varchar) || '-' || lpad(cast(k % 12 + 1 as varchar), 2, '0') || '-01' as month
          from months) as s
    left join monthly m on m.month = s.month
)
select month, 'Total Authors' as series, sum(new_authors) over (order by month) as authors from filled
union all
select month, 'New Authors', new_authors from filled
order by series, month
