#!/usr/bin/env bash
# Runs the cargo-fuzz targets of fuzz/ (issue 20 item 5, docs/adr/0047) for a bounded time each,
# with libFuzzer on the nightly toolchain; cargo-fuzz is installed under target/ on first use.
# Any crash, panic or failed assertion fails the script; libFuzzer leaves the input in
# target/fuzz-artifacts/<target>/ (reproduce: cargo +nightly fuzz run --dev <target> <file>).
#   scripts/fuzz.sh                       # every target, FUZZ_SECONDS (default 10) each
#   FUZZ_SECONDS=300 scripts/fuzz.sh decimal
#   scripts/fuzz.sh graphql_variables     # builds async-graphql too (the `graphql` feature)
# Each run starts from the target's seed inputs in fuzz/seeds/<target>/ (checked in) and keeps
# what it finds in target/fuzz-corpus/<target>/; the build goes to target/fuzz/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

tools="$PWD/target/fuzz-tools"
cargo_fuzz_version="0.13.1"
seconds="${FUZZ_SECONDS:-10}"
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(credit_code license_number region_code decimal plugin_profile graphql_variables)
fi

if [[ ! -x "$tools/bin/cargo-fuzz" ]]; then
  cargo install --locked --quiet --root "$tools" cargo-fuzz --version "$cargo_fuzz_version"
fi
export PATH="$tools/bin:$PATH"

features=()
for target in "${targets[@]}"; do
  if [[ "$target" == graphql_variables ]]; then features=(--features graphql); fi
done
started=$(date +%s)
for target in "${targets[@]}"; do
  corpus="target/fuzz-corpus/$target" artifacts="$PWD/target/fuzz-artifacts/$target/" log="target/fuzz-$target.log"
  mkdir -p "$corpus" "$artifacts"
  seeds=()
  if [[ -d "fuzz/seeds/$target" ]]; then seeds=("fuzz/seeds/$target"); fi
  echo "==> fuzz $target for ${seconds} s"
  status=0
  cargo +nightly fuzz run --dev --target-dir target/fuzz "${features[@]}" "$target" "$corpus" "${seeds[@]}" -- \
    -max_total_time="$seconds" -seed=1 -print_final_stats=1 -artifact_prefix="$artifacts" >"$log" 2>&1 || status=$?
  grep -E '^(stat::number_of_executed_units|stat::new_units_added)|panicked|SUMMARY|Test unit written|ERROR' "$log" || true
  if [[ $status -ne 0 ]]; then
    echo "fuzz: $target failed (status $status): $log; the input is in $artifacts" >&2
    exit "$status"
  fi
done
echo "fuzz: ${#targets[@]} target(s) in $(( $(date +%s) - started )) s (build included)"
