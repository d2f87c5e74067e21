#!/usr/bin/env bash
# Fails when a row of CATALOGUE.md has no test named after its id (C27 -> fn c27_...).
set -euo pipefail
cd "$(dirname "$0")/.."
missing=0
for id in $(grep -oE '^\| C[0-9]+ ' CATALOGUE.md | tr -d '| ' | sort -u); do
  name="c${id#C}_"
  if ! grep -rqE "fn ${name}" tests/; then
    echo "catalogue: no test for $id (expected a fn ${name}... in tests/)"
    missing=$((missing + 1))
  fi
done
rows=$(grep -cE '^\| C[0-9]+ ' CATALOGUE.md)
if [ "$missing" -gt 0 ]; then
  echo "catalogue: $missing of $rows rows have no test"
  exit 1
fi
echo "catalogue: all $rows rows have a test"
