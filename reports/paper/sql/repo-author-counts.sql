-- Figure 3, its caption and the text that cites it: leaderboard repositories per number of human commit authors
-- (repo_commits.num_of_authors, copied to models.num_of_authors: enrichment counts them with the bot rule C8 of
-- human_commit_authors, so no author row is read), counted in SQL so the frame stays small on any snapshot; every row
-- also carries the totals, so "most" is printed only when the data say so. No rows on a snapshot without Hub data.
with counts as (
    select num_of_authors as authors, count(*) as repos
    from models
    where num_of_authors is not null
    group by num_of_authors
),
totals as (
    select authors, repos,
           cast(sum(repos) over () as bigint) as all_repos,
           cast(sum(case when authors = 1 then repos else 0 end) over () as bigint) as single_author
    from counts
)
select authors, repos, all_repos, single_author, round(100.0 * single_author / all_repos, 1) as single_share
from totals
order by authors
