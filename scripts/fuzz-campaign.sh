#!/usr/bin/env bash
# A long fuzzing campaign: runs TARGET for RUNS executions (default 10 million) with a
# random seed and prints libFuzzer's last lines, for fuzz/CAMPAIGN.md.
#   scripts/fuzz-campaign.sh TARGET [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
target=${1:?usage: fuzz-campaign.sh TARGET [RUNS]}
runs=${2:-10000000}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p "corpus/$target"
max_len=65536
[ "$target" = quadratic ] && max_len=256
start=$(date -u +%FT%TZ)
cargo fuzz run -s none -O "$target" -- -runs="$runs" -max_len="$max_len" -timeout=10 \
  -rss_limit_mb=2048 -dict=news.dict -print_final_stats=1 2>&1 | tail -n 25
echo "campaign: $target, $runs runs requested, started $start, ended $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD)"
ls "artifacts/$target" 2>/dev/null | sed 's/^/artifact: /' || true
