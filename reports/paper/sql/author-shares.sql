-- Authors of leaderboard repositories (T4 after C8) and the share of author-repository pairs held
-- by the 10 and 200 most active of them (Figure 2's text).
with ranked as (
    select num_of_repos, row_number() over (order by num_of_repos desc, author_name) as rank
    from author_activity
)
select count(*) as authors,
       coalesce(sum(num_of_repos), 0) as pairs,
       round(100.0 * sum(case when rank <= 10 then num_of_repos end) / sum(num_of_repos), 1) as share_top10,
       round(100.0 * sum(case when rank <= 200 then num_of_repos end) / sum(num_of_repos), 1) as share_top200
from ranked
