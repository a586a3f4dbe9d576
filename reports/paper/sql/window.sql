-- The time window of Figures 4, 5 and 7 as their captions state it.
-- first_day and last_day: the days with data inside it; the prose compares its first and last three months with data.
-- The first and last days are the dates of the smallest and largest ISO times, which the index on created_at gives.
select since, until, first_day, last_day, date(first_day, '+3 months') as early_end, date(last_day, '-3 months') as late_start
from (select coalesce(:since, date(min(created_at))) as since, coalesce(:until, date(max(created_at))) as until,
             max(coalesce(:since, '0001-01-01'), date(min(created_at))) as first_day,
             min(coalesce(:until, '9999-12-31'), date(max(created_at))) as last_day
      from models where created_at is not null)
