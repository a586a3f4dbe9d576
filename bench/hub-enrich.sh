#!/usr/bin/env bash
# Speed check of `hfreports snapshot enrich`: 7,000 synthetic models with their commits,
# served by the fake Hub on 127.0.0.1 with 20 ms latency per response, default concurrency.
# Target: under 60 s. Arguments (optional): models latency-ms concurrency.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/HubEnrichBench -- "$@"
