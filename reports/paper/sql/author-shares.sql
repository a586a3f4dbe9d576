-- Authors of leaderboard repositories (T4 after C8) and the share of author-repository pairs held
-- by the 10 and 200 most active of them (Figure 2's text). author_activity's counts, without its lists of
-- repositories, which nothing here reads (DuckDB built every author's list for them).
with per_author as (
    select author, count(*) as num_of_repos from human_commit_authors group by author
),
ranked as (
    select num_of_repos, row_number() over (order by num_of_repos desc, author) as rank
    from per_author
)
select count(*) as authors,
       coalesce(sum(num_of_repos), 0) as pairs,
       round(100.0 * sum(case when rank <= 10 then num_of_repos end) / sum(num_of_repos), 1) as share_top10,
       round(100.0 * sum(case when rank <= 200 then num_of_repos end) / sum(num_of_repos), 1) as share_top200
from ranked
