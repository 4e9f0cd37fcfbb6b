#!/usr/bin/env bash
# Run-time benchmarks (JMH), about 10 minutes on 2 cores: builds everything, runs every benchmark in
# three rounds, and writes the measured section of BENCHMARKS.md from JMH's JSON results.
#
#   benchmarks/run.sh            the short profile, for BENCHMARKS.md
#   benchmarks/run.sh -prof gc   the same with extra JMH options (a profiler, say); BENCHMARKS.md is
#                                left alone when options are given
#
# Run it on an otherwise idle machine: another build on the same cores skews the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
rm -rf "$out"
mkdir -p "$out"
# Steal: CPU time the hypervisor gave other guests; more than a few per cent skews the ratios.
steal_ticks() { awk '/^cpu / {print $9}' /proc/stat 2>/dev/null || echo 0; }
total_ticks() { awk '/^cpu / {t = 0; for (i = 2; i <= NF; i++) t += $i; print t}' /proc/stat 2>/dev/null || echo 1; }
steal_start=$(steal_ticks)
total_start=$(total_ticks)
measure=(-f 1 -i 6 -r 500ms -foe true)
# Warm-up long enough for the JIT to finish on 2 cores (databind has much code to compile, and a
# 100 KB message is read so few times a second that its outer methods compile late).
short=(-wi 8 -w 500ms)
long=(-wi 12 -w 500ms)
# The machines we have are shared virtual machines whose speed drifts. So the two sides of every
# comparison run right after each other (one JMH run per payload), and everything runs in three
# rounds: the report takes medians over all of them.
for round in 1 2 3; do
  for payload in envelope 1KB 100KB; do
    warmup=("${short[@]}")
    [ "$payload" = 100KB ] && warmup=("${long[@]}")
    java -jar "$jar" 'JsonBenchmark' -p payload="$payload" "${warmup[@]}" "${measure[@]}" "$@" \
      -rf json -rff "$out/round$round-json-$payload.json"
  done
  java -jar "$jar" 'UpcastBenchmark|EnvelopeBenchmark' "${short[@]}" "${measure[@]}" "$@" \
    -rf json -rff "$out/round$round-other.json"
  java -jar "$jar" 'KafkaSerdeBenchmark' "${short[@]}" "${measure[@]}" "$@" \
    -rf json -rff "$out/round$round-kafka.json"
done
steal=$(awk -v s=$(($(steal_ticks) - steal_start)) -v t=$(($(total_ticks) - total_start)) \
  'BEGIN {printf "%.1f", (t > 0 ? 100 * s / t : 0)}')
echo "CPU time stolen by other guests of the machine during the run: $steal %"
if [ $# -eq 0 ]; then
  java -Dmissive.steal="$steal" -cp "$jar" io.missive.benchmarks.Report BENCHMARKS.md benchmarks/run.sh \
    "$out"/round*.json
fi
