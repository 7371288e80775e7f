#!/usr/bin/env bash
# Fuzz one reader (or the whole analyze path) with afl-fuzz through SharpFuzz for a bounded time.
#   fuzz/run.sh TARGET [SECONDS]     targets: text wire jsonl html feed warc analyze (default 300 s)
# Installs what it needs (Debian's afl++, the SharpFuzz.CommandLine .NET tool), publishes and instruments the
# target once per run in fuzz/out/, and leaves afl's findings in fuzz/out/findings/TARGET. Prints execs, crashes and
# hangs at the end; replay findings with: dotnet fuzz/out/bin/Claimline.Fuzz.dll TARGET --replay DIR
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?target: text wire jsonl html feed warc analyze}
seconds=${2:-300}

if ! command -v afl-fuzz >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
export PATH="$PATH:$HOME/.dotnet/tools"
if ! command -v sharpfuzz >/dev/null 2>&1; then
  dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0 >/dev/null
fi

bin=out/bin
if [ ! -f "$bin/.instrumented" ]; then
  rm -rf "$bin"
  dotnet publish Claimline.Fuzz/Claimline.Fuzz.csproj -c Release -o "$bin" >/dev/null
  # Coverage from our own code and the HTML and feed libraries the readers call.
  for dll in Claimline.dll AngleSharp.dll SmartReader.dll; do sharpfuzz "$bin/$dll" >/dev/null; done
  touch "$bin/.instrumented"
fi

findings=out/findings/$target
rm -rf "$findings"
mkdir -p out/findings
# A run that takes more than 2 s on these small inputs (well over the issue's 1 s per 10 kB) counts as a hang.
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
  afl-fuzz -i "seeds/$target" -o "$findings" -t 2000 -m none -V "$seconds" -- dotnet "$bin/Claimline.Fuzz.dll" "$target" >"out/$target.log" 2>&1 || true

stats=$findings/default/fuzzer_stats
if [ ! -f "$stats" ]; then
  echo "afl-fuzz did not start; see fuzz/out/$target.log" >&2
  tail -n 20 "out/$target.log" >&2
  exit 1
fi
awk -F' *: *' -v t="$target" '
  $1=="run_time"{rt=$2} $1=="execs_done"{ex=$2} $1=="execs_per_sec"{eps=$2} $1=="corpus_count"{cc=$2}
  $1=="saved_crashes"{cr=$2} $1=="saved_hangs"{hg=$2} $1=="bitmap_cvg"{cv=$2}
  END { printf "%s: %s s, %s execs (%s/s), corpus %s, coverage %s, crashes %s, hangs %s\n", t, rt, ex, eps, cc, cv, cr, hg }' "$stats"
