-- Figure 9: Hub downloads (trailing 30 days at fetch time) summed per parameter size, in millions.
select cast(params_b as integer) as params, sum(downloads) / 1e6 as downloads_m
from models
where params_b > 0 and downloads is not null and params_b <= :max_params
group by 1
order by 1
