-- Authors of leaderboard repositories (T4 after C8) and the share of author-repository pairs held
-- by the 10 and 200 most active of them (Figure 2's text), and the median, mean and largest number of repositories
-- of an author (its caption). The counts per author are derived once per snapshot (human_authors, data/clean.sql).
-- Portable: the median is the lower middle row (2k >= n > 2(k - 1)), in integers, as DuckDB's '/' divides exactly.
with per_author as (
    select author, num_of_repos from human_authors
),
ranked as (
    select num_of_repos,
           row_number() over (order by num_of_repos desc, author) as rank,
           row_number() over (order by num_of_repos, author) as ascending,
           count(*) over () as n
    from per_author
)
select count(*) as authors,
       coalesce(sum(num_of_repos), 0) as pairs,
       round(100.0 * sum(case when rank <= 10 then num_of_repos end) / sum(num_of_repos), 1) as share_top10,
       round(100.0 * sum(case when rank <= 200 then num_of_repos end) / sum(num_of_repos), 1) as share_top200,
       max(case when 2 * ascending >= n and 2 * (ascending - 1) < n then num_of_repos end) as median_repos,
       round(1.0 * sum(num_of_repos) / nullif(count(*), 0), 1) as mean_repos,
       max(num_of_repos) as most_repos
from ranked
