#!/usr/bin/env python3
"""Top methods by self and inclusive time in a speedscope profile (the `*.speedscope.json` that
BenchmarkDotNet's EventPipe profiler writes).

Usage:
    dotnet run -c Release --project benchmarks/Kurils.Domain.Benchmarks -- --filter '*ParsePhaseBenchmarks.FullParse*' --profiler EP
    python3 benchmarks/tools/speedscope_top.py 'BenchmarkDotNet.Artifacts/Kurils.Domain.Benchmarks.ParsePhaseBenchmarks.FullParse(Corpus_ "seeds")-<stamp>.speedscope.json' \
        [--top 40] [--thread NAME] [--under ArticleParser.Parse] [--callees MentionFinder.Find]

Each profile (thread) of the file is an "evented" or "sampled" speedscope profile; time is summed over the
chosen profiles (default: the one with the most time, i.e. the benchmark's thread). `--under NAME` keeps only
the stacks that pass through a frame whose name contains NAME (e.g. the parse itself, so the harness and the
JIT's background work drop out) and reports percentages of that subtotal. `--callees NAME` adds the split of NAME's
inclusive time among its direct callees. Self time is the time a method is
on top of the stack (the converter's CPU_TIME / UNMANAGED_CODE_TIME leaves are charged to the method under
them, and so is Thread.PollGC: EventPipe's sampler suspends the runtime every millisecond, and a thread in a
loop with a GC poll (Array.Copy, boxing, allocation helpers) is caught there, so those samples belong to the
caller; it also means allocation and copy sites are somewhat over-represented); inclusive time counts a method once per stack however often it recurses.
"""
import argparse
import json
import re
import sys
from collections import defaultdict


PSEUDO = ("CPU_TIME", "UNMANAGED_CODE_TIME", "PollGCWorker")


def short(name: str) -> str:
    # "Kurils.Domain.Parsing.Segmenter.Split(class System.String)" -> "Parsing.Segmenter.Split"
    name = re.sub(r"\(.*\)$", "", name)
    name = name.replace("Kurils.Domain.", "").replace("System.Private.CoreLib!", "").replace("Kurils.Domain!", "")
    return name


def stacks_of(profile, frames):
    """Yields (stack as a list of frame names, weight)."""
    if profile["type"] == "sampled":
        for sample, weight in zip(profile["samples"], profile["weights"]):
            yield [frames[i]["name"] for i in sample], weight
        return
    # evented: open/close events in time order
    stack = []
    last = profile["startValue"]
    for event in profile["events"]:
        at = event["at"]
        if stack and at > last:
            yield [frames[i]["name"] for i in stack], at - last
        last = at
        if event["type"] == "O":
            stack.append(event["frame"])
        else:
            # close the frame (it is normally the top)
            for k in range(len(stack) - 1, -1, -1):
                if stack[k] == event["frame"]:
                    del stack[k:]
                    break


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--thread", default=None, help="substring of the profile (thread) name; default: the busiest")
    parser.add_argument("--under", default=None, help="keep only stacks through a frame containing this text")
    parser.add_argument("--callees", default=None, help="also list the direct callees of the first frame containing this text, by inclusive time")
    args = parser.parse_args()

    with open(args.file, encoding="utf-8") as f:
        data = json.load(f)
    frames = data["shared"]["frames"]
    profiles = data["profiles"]
    if args.thread:
        chosen = [p for p in profiles if args.thread in p.get("name", "")]
    else:
        chosen = [max(profiles, key=lambda p: p["endValue"] - p["startValue"] if p["type"] == "evented" else sum(p["weights"]))]
    if not chosen:
        sys.exit("no profile matches --thread")

    callees = defaultdict(float)
    self_time = defaultdict(float)
    incl_time = defaultdict(float)
    total = 0.0
    for profile in chosen:
        for stack, weight in stacks_of(profile, frames):
            if args.under and not any(args.under in name for name in stack):
                continue
            if args.under:
                # drop the frames above the root of interest
                k = next(i for i, name in enumerate(stack) if args.under in name)
                stack = stack[k:]
            total += weight
            # CPU_TIME / UNMANAGED_CODE_TIME are the converter's pseudo leaves: the method under them is the one running
            leaf = next((n for n in reversed(stack) if not any(x in n for x in PSEUDO)), stack[-1])
            self_time[short(leaf)] += weight
            for name in set(short(n) for n in stack):
                incl_time[name] += weight
            if args.callees:
                k = next((i for i, n in enumerate(stack) if args.callees in n), None)
                if k is not None:
                    rest = [n for n in stack[k + 1:] if not any(x in n for x in PSEUDO)]
                    callees[short(rest[0]) if rest else "(self)"] += weight

    if total == 0:
        sys.exit("no samples")
    unit = chosen[0].get("unit", "")
    print(f"profiles: {', '.join(p.get('name', '?') for p in chosen)}; total {total:.1f} {unit}")
    print(f"\n{'self %':>7} {'self':>10}  method")
    for name, t in sorted(self_time.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"{100 * t / total:7.2f} {t:10.1f}  {name}")
    print(f"\n{'incl %':>7} {'incl':>10}  method")
    for name, t in sorted(incl_time.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"{100 * t / total:7.2f} {t:10.1f}  {name}")


    if args.callees:
        sub = sum(callees.values())
        print(f"\ncallees of {args.callees}: {sub:.1f} {unit} ({100 * sub / total:.1f} % of the total)")
        for name, t in sorted(callees.items(), key=lambda kv: -kv[1])[: args.top]:
            print(f"{100 * t / sub:7.2f} {t:10.1f}  {name}")


if __name__ == "__main__":
    main()
