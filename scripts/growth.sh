#!/usr/bin/env bash
# Counts the instructions of one parse at n and at 10n for every adversarial generator, with
# valgrind's callgrind (exact and repeatable, unlike timings), and fails when the work at 10n
# is more than 11 times the work at n. Building the input is included in both counts and grows
# linearly itself.
#   scripts/growth.sh [N]      (default N = 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
command -v valgrind >/dev/null || { echo "growth: valgrind is needed"; exit 2; }
cargo build --release --quiet --example growth
bin=target/release/examples/growth
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
# The program's fixed cost (start-up, the lexicon), measured on an empty input, is taken off.
base=$(count newlines 0)
fail=0
for g in $("$bin" --list); do
  a=$(count "$g" "$n")
  b=$(count "$g" $((10 * n)))
  ratio=$(awk -v a="$a" -v b="$b" -v z="$base" 'BEGIN { printf "%.2f", (b - z) / (a - z) }')
  verdict=ok
  if awk -v r="$ratio" 'BEGIN { exit !(r > 11) }'; then verdict=SUPERLINEAR; fail=1; fi
  printf '%-18s n=%-7s %12s -> %13s instructions  ratio %6s  %s\n' "$g" "$n" "$a" "$b" "$ratio" "$verdict"
done
exit $fail
