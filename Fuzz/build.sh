#!/usr/bin/env bash
# Builds the libFuzzer targets (ASan + libFuzzer, swiftc -sanitize=fuzzer,address) into .build/fuzz/:
#   fuzz-json    the JSON reader            (Fuzz/targets/FuzzJSON.swift)
#   fuzz-logic   the JSON Logic engine      (Fuzz/targets/FuzzLogic.swift; rule NUL data)
#   fuzz-loader  load + check + render      (Fuzz/targets/FuzzLoader.swift; one procedure file)
# GovKit is compiled once into a static library with coverage instrumentation; each target links it. A target is
# rebuilt only when a source is newer than its binary. Usage: Fuzz/build.sh [json|logic|loader ...]
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFTC=${SWIFTC:-swiftc}
OUT=.build/fuzz
mkdir -p "$OUT"
FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g -package-name govctl)
mapfile -t LIB_SOURCES < <(find Sources/GovKit -name '*.swift' | sort)

newer() { # newer TARGET FILE...: true when TARGET is missing or older than any FILE
    local target=$1; shift
    [ -e "$target" ] || return 0
    for f in "$@"; do [ "$f" -nt "$target" ] && return 0; done
    return 1
}

if newer "$OUT/libGovKit.a" "${LIB_SOURCES[@]}"; then
    echo "fuzz: compiling GovKit (${#LIB_SOURCES[@]} files)"
    "$SWIFTC" "${FLAGS[@]}" -module-name GovKit -emit-library -static -emit-module \
        -emit-module-path "$OUT/GovKit.swiftmodule" -o "$OUT/libGovKit.a" "${LIB_SOURCES[@]}"
fi

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json logic loader)
for t in "${targets[@]}"; do
    case $t in
        json) file=Fuzz/targets/FuzzJSON.swift ;;
        logic) file=Fuzz/targets/FuzzLogic.swift ;;
        loader) file=Fuzz/targets/FuzzLoader.swift ;;
        *) echo "fuzz: unknown target '$t' (json, logic, loader)" >&2; exit 64 ;;
    esac
    if newer "$OUT/fuzz-$t" "$file" Fuzz/targets/FuzzInput.swift "$OUT/libGovKit.a"; then
        echo "fuzz: linking fuzz-$t"
        "$SWIFTC" "${FLAGS[@]}" -use-ld=lld -module-name "Fuzz_$t" -I "$OUT" -L "$OUT" -lGovKit \
            "$file" Fuzz/targets/FuzzInput.swift -o "$OUT/fuzz-$t"
    fi
done
