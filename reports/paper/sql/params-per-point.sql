-- Figure 10: per month, the smallest params/average ratio and how many models were uploaded (months with >= 30).
-- Each day's smallest ratio and count first, in the order of the index models_by_day (created_at appears only as its
-- key, the day substr(created_at, 1, 10)), then each month's.
select substr(day, 1, 7) || '-16' as month_mid,
       min(min_ratio) as min_ratio,
       sum(n) as total
from (select substr(created_at, 1, 10) as day, min(params_b / average) as min_ratio, count(*) as n
      from models
      where params_b > 0 and substr(created_at, 1, 10) is not null and average > 0
      group by 1) as daily
group by substr(day, 1, 7)
having sum(n) >= :min_models
order by 1
