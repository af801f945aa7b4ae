#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 60) on its seed corpus and dictionary; exits non-zero on the first
# crash, leak, timeout (an input over 10 s) or out-of-memory (over 2 GB), leaving the input in .build/fuzz/artifacts/.
# New inputs the fuzzer finds go to .build/fuzz/corpus-TARGET (kept between runs, not committed).
# Usage: Fuzz/run.sh [SECONDS] [json|logic|loader ...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json logic loader)
mkdir -p .build/fuzz/artifacts
# ld.gold warns about every ASan helper symbol; the build's own output is kept, its failure stops the run.
if ! Fuzz/build.sh "${targets[@]}" >.build/fuzz/build.log 2>&1; then
    grep -v 'Cannot export local symbol' .build/fuzz/build.log >&2 || true
    echo "fuzz: the build failed" >&2
    exit 1
fi
grep -v 'Cannot export local symbol' .build/fuzz/build.log || true
for t in "${targets[@]}"; do
    case $t in
        json) max_len=65536 ;;
        logic) max_len=4096 ;;
        loader) max_len=65536 ;;
    esac
    mkdir -p ".build/fuzz/corpus-$t"
    echo "fuzz: $t for ${seconds} s"
    log=".build/fuzz/$t.log"
    if ! ".build/fuzz/fuzz-$t" ".build/fuzz/corpus-$t" "Fuzz/corpus/$t" -dict="Fuzz/dictionaries/$t.dict" \
        -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix=".build/fuzz/artifacts/$t-" -print_final_stats=1 >"$log" 2>&1; then
        tail -n 60 "$log"
        echo "fuzz: $t FAILED; the input is in .build/fuzz/artifacts/ (make it a regression test)" >&2
        exit 1
    fi
    grep -E '^stat::number_of_executed_units|^Done' "$log" | sed "s/^/fuzz: $t: /"
done
