-- Figure 3, its caption and the text that cites it: leaderboard repositories per number of human commit authors
-- (repo_commits.num_of_authors: enrichment counts them with the bot rule C8 of human_commit_authors, so no author row is
-- read), counted in SQL so the frame stays small on any snapshot; every row also carries the totals, so "most" is
-- printed only when the data say so. No rows on a snapshot without Hub data.
select c.num_of_authors as authors,
       count(*) as repos,
       cast(sum(count(*)) over () as bigint) as all_repos,
       cast(sum(case when c.num_of_authors = 1 then count(*) else 0 end) over () as bigint) as single_author,
       round(100.0 * sum(case when c.num_of_authors = 1 then count(*) else 0 end) over () / sum(count(*)) over (), 1) as single_share
from models m
join repo_commits c on c.fullname = m.fullname
group by c.num_of_authors
order by c.num_of_authors
