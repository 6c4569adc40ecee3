#!/usr/bin/env bash
# Whole-process throughput: kurils parse --json (the tool as installed, and the NativeAOT binary) against the
# regex scan a user would write, over the same generated corpora, alternating, RUNS runs each (default 5).
# Usage: benchmarks/throughput.sh [WORKDIR] [RUNS] [EXTRA LABEL=COMMAND...]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/tmp/kurils-throughput}
runs=${2:-5}
shift $(( $# > 2 ? 2 : $# )) || true
mkdir -p "$work"
dotnet publish "$repo/src/Kurils.Cli" -c Release -o "$work/tool" -v quiet -nologo
dotnet publish "$repo/src/Kurils.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -v quiet -nologo
dotnet build "$repo/benchmarks/Kurils.Domain.Throughput" -c Release -o "$work/harness" -v quiet -nologo
harness="dotnet $work/harness/Kurils.Domain.Throughput.dll"
[ -d "$work/corpus/short" ] || $harness generate "$work/corpus"
for shape in short large; do
  $harness run "$work/corpus/$shape" --runs "$runs" \
    "regex=dotnet $work/harness/Kurils.Domain.Throughput.dll baseline $work/corpus/names.txt {dir}" \
    "kurils tool=dotnet $work/tool/kurils.dll parse {dir} --json" \
    "kurils NativeAOT=$work/aot/kurils parse {dir} --json" \
    "$@"
done
