-- Leaderboard repositories with a commit history, and how many have a single human author (Figure 3's caption and the
-- text that cites it): "most" is printed only when the data say so. Zero repositories on a snapshot without Hub data.
select count(*) as repos,
       coalesce(sum(case when c.num_of_authors = 1 then 1 else 0 end), 0) as single_author,
       round(100.0 * sum(case when c.num_of_authors = 1 then 1 else 0 end) / nullif(count(*), 0), 1) as single_share
from models m
join repo_commits c on c.fullname = m.fullname
