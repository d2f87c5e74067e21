#!/usr/bin/env bash
# A short, reproducible run of every fuzz target (fixed seed, fixed count), for CI. Installs
# cargo-fuzz when it is missing. RUNS overrides the count (default 50000; the growth
# detector runs a tenth of it, built without comparison tracing: its inputs are only shapes
# to repeat, and the tracing slows the parses it times sevenfold).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
runs=${RUNS:-50000}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
cargo fuzz build -s none -O
for target in parse_str parse_bytes options structured quadratic; do
  n=$runs
  max_len=65536
  flags=()
  timeout=10
  # The growth detector confirms a slow linear input with ten parses at 512 KiB (see
  # scripts/fuzz-campaign.sh): a hang is still caught at 60 s.
  if [ "$target" = quadratic ]; then
    n=$((runs / 10)); max_len=256; flags=(--no-trace-compares); timeout=60
  fi
  mkdir -p "corpus/$target"
  echo "fuzz smoke: $target, $n runs"
  cargo fuzz run -s none -O "${flags[@]}" "$target" -- -runs="$n" -seed=1 -max_len="$max_len" \
    -timeout="$timeout" -rss_limit_mb=2048 -dict=news.dict 2>&1 | grep -E "^Done|panicked|SUMMARY" || true
  if ls "artifacts/$target"/crash-* "artifacts/$target"/timeout-* "artifacts/$target"/oom-* >/dev/null 2>&1; then
    echo "fuzz smoke: $target found a fault; see fuzz/artifacts/$target"
    exit 1
  fi
done
echo "fuzz smoke: no fault"
