-- Authors of leaderboard repositories (T4 after C8) and the share of author-repository pairs held
-- by the 10 and 200 most active of them (Figure 2's text), and the median, mean and largest number of repositories
-- of an author (its caption). The counts per author are derived once per snapshot (human_authors, data/clean.sql).
-- No author is sorted: the top shares add the 10 and 200 largest counts (which of the authors tied at the cut are
-- taken does not change the sum), and the median, the lower middle author's count (2k >= n > 2(k - 1)), is the
-- smallest count whose authors, with those of every smaller count, are half of them or more: read from the few
-- distinct counts. Portable.
with counts as (
    select num_of_repos, count(*) as authors from human_authors group by num_of_repos
),
placed as (
    select num_of_repos, sum(authors) over (order by num_of_repos) as up_to from counts
),
totals as (
    select count(*) as authors, coalesce(sum(num_of_repos), 0) as pairs, max(num_of_repos) as most_repos from human_authors
)
select t.authors,
       t.pairs,
       round(100.0 * (select sum(num_of_repos) from (select num_of_repos from human_authors order by num_of_repos desc limit 10) as top10)
             / nullif(t.pairs, 0), 1) as share_top10,
       round(100.0 * (select sum(num_of_repos) from (select num_of_repos from human_authors order by num_of_repos desc limit 200) as top200)
             / nullif(t.pairs, 0), 1) as share_top200,
       (select min(num_of_repos) from placed where 2 * up_to >= t.authors) as median_repos,
       round(1.0 * t.pairs / nullif(t.authors, 0), 1) as mean_repos,
       t.most_repos
from totals t
