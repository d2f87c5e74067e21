#!/usr/bin/env bash
# A long fuzzing campaign: runs TARGET for RUNS executions (default 10 million) with a
# random seed, keeps libFuzzer's whole report in fuzz/logs/TARGET.log, and prints its
# final statistics and any crash report, for fuzz/CAMPAIGN.md.
#   scripts/fuzz-campaign.sh TARGET [RUNS]
# MAX_LEN overrides the longest input (default 65536 bytes, 256 for the growth detector);
# smaller inputs run faster, and long inputs are the growth detector's and tests' job.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
target=${1:?usage: fuzz-campaign.sh TARGET [RUNS]}
runs=${2:-10000000}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p "corpus/$target" logs
max_len=${MAX_LEN:-65536}
flags=()
# The growth detector's inputs are only shapes to repeat; comparison tracing would slow the
# parses it times sevenfold.
# Its confirmation parses a slow but linear input (about 1 us/B) ten times at 512 KiB, which
# takes 7 s on an idle machine and more on a busy one: a hang is still caught at 60 s.
timeout=10
[ "$target" = quadratic ] && max_len=${MAX_LEN:-256} && flags=(--no-trace-compares) && timeout=60
start=$(date -u +%FT%TZ)
commit=$(git rev-parse --short HEAD)
status=0
cargo fuzz run -s none -O "${flags[@]}" "$target" -- -runs="$runs" -max_len="$max_len" -timeout="$timeout" \
  -rss_limit_mb=2048 -dict=news.dict -print_final_stats=1 >"logs/$target.log" 2>&1 || status=$?
# The report of a crash (panic message, input, backtrace head) and the final statistics.
grep -v -E '^("|#[0-9]+ +(NEW|REDUCE|pulse|INITED))' "logs/$target.log" | grep -v 'Uses:' \
  | grep -E -A12 'panicked|ERROR|SUMMARY|Done [0-9]+ runs|stat::' | head -n 80 || true
echo "campaign: $target, $runs runs requested, started $start, ended $(date -u +%FT%TZ), commit $commit, exit $status"
ls "artifacts/$target" 2>/dev/null | sed 's/^/artifact: /' || true
exit "$status"
