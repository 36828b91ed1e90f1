#!/usr/bin/env bash
# Long fuzzing runs with libFuzzer and AddressSanitizer.
#
#   scripts/fuzz.sh TARGET [SECONDS] [extra libFuzzer flags…]
#
# TARGET is filing, registry, pack, merge-patch or hj212. Builds `permitcheck-fuzz`
# instrumented (PERMITCHECK_LIBFUZZER=1, its own scratch path .build-fuzz),
# seeds a working corpus in .fuzz/TARGET from the examples, the fixtures and
# Tests/Fuzz/{corpus,regressions}/TARGET, and runs libFuzzer for SECONDS
# (default 600). A crashing input is written to Tests/Fuzz/regressions/TARGET/,
# where `swift test` (FuzzTests) runs it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: scripts/fuzz.sh filing|registry|pack|merge-patch|hj212 [SECONDS] [libFuzzer flags]}"
seconds="${2:-600}"
shift $(( $# > 1 ? 2 : 1 ))

PERMITCHECK_LIBFUZZER=1 swift build --scratch-path .build-fuzz --product permitcheck-fuzz >&2
binary=".build-fuzz/debug/permitcheck-fuzz"

corpus=".fuzz/$target"
mkdir -p "$corpus" "Tests/Fuzz/regressions/$target"
# The same seeds FuzzTests uses (up to 1 MiB each), under names that keep their origin.
"$binary" --list-seeds "$target" | while read -r seed; do
    name="${seed#"$PWD"/}"
    cp "$seed" "$corpus/${name//\//_}"
done

export PERMITCHECK_FUZZ_TARGET="$target"
# libFuzzer, not Swift's backtracer, must see the trap to keep the input.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
"$binary" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="Tests/Fuzz/regressions/$target/" -print_final_stats=1 "$@"
