#!/usr/bin/env bash
# Whole-process throughput: kurils parse --json (the tool as a user installs it, and the framework-dependent tool
# other platforms get) against the regex scan a user would write, over the same generated corpora, alternating,
# RUNS runs each (default 5).
# Usage: benchmarks/throughput.sh [WORKDIR] [RUNS] [EXTRA LABEL=COMMAND...]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/tmp/kurils-throughput}
runs=${2:-5}
shift $(( $# > 2 ? 2 : $# )) || true
mkdir -p "$work"
# The tool as installed: pack (on linux-x64 the packages are the pointer, kurils.linux-x64 = NativeAOT and kurils.any),
# then `dotnet tool install` from that feed alone, into a fresh packages folder so no cached copy of the version is used.
rm -rf "$work/feed" "$work/tools" "$work/nuget-packages"
dotnet pack "$repo/src/Kurils.Cli" -c Release -o "$work/feed" -v quiet -nologo
version=$(basename "$(ls "$work"/feed/kurils.[0-9]*.nupkg)" .nupkg); version=${version#kurils.}
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="feed" value="$work/feed" /></packageSources></configuration>
XML
NUGET_PACKAGES="$work/nuget-packages" dotnet tool install kurils --tool-path "$work/tools" --version "$version" --configfile "$work/nuget.config"
# The framework-dependent tool (the kurils.any package's content): what a platform without a native package runs.
dotnet publish "$repo/src/Kurils.Cli" -c Release -p:NativeToolPackages=false -o "$work/fd" -v quiet -nologo
dotnet build "$repo/benchmarks/Kurils.Domain.Throughput" -c Release -o "$work/harness" -v quiet -nologo
harness="dotnet $work/harness/Kurils.Domain.Throughput.dll"
[ -d "$work/corpus/short" ] || $harness generate "$work/corpus"
for shape in short large; do
  $harness run "$work/corpus/$shape" --runs "$runs" \
    "regex=dotnet $work/harness/Kurils.Domain.Throughput.dll baseline $work/corpus/names.txt {dir}" \
    "kurils tool=$work/tools/kurils parse {dir} --json" \
    "kurils framework-dependent=dotnet $work/fd/kurils.dll parse {dir} --json" \
    "$@"
done
