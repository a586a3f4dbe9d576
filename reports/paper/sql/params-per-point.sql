-- Figure 10: per month, the smallest params/average ratio and how many models were uploaded (months with >= 30).
select date(created_at, 'start of month', '+15 days') as month_mid,
       min(params_b / average) as min_ratio,
       count(*) as total
from models
where params_b > 0 and created_at is not null and average > 0
group by date(created_at, 'start of month')
having count(*) >= :min_models
order by 1
