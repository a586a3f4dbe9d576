-- Figure 9's text: the share of downloads that go to models of at most 15 B parameters.
select round(100.0 * sum(case when params_b <= 15 then downloads else 0 end) / nullif(sum(downloads), 0), 1) as share_le15,
       sum(downloads) as downloads
from models
where params_b > 0 and downloads is not null
