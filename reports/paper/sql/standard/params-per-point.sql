-- Figure 10: per month, the smallest params/average ratio and how many models were uploaded (months with >= 30).
-- Portable: a month and its middle day from the text of the ISO time.
select substr(created_at, 1, 7) || '-16' as month_mid,
       min(params_b / average) as min_ratio,
       count(*) as total
from models
where params_b > 0 and created_at is not null and average > 0
group by substr(created_at, 1, 7)
having count(*) >= :min_models
order by 1
