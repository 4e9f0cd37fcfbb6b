#!/usr/bin/env bash
# Compile-time cost of the Missive processor, measured with fresh javac processes in one run.
#
#   benchmarks/compile-time.sh [N ...]        (default: 1 500; REPEAT=5 runs each, median reported)
#
# For each N it generates N annotated interfaces (8 payload fields each) and times:
#   plain      javac on the interfaces alone, no processor
#   missive    javac with the Missive processor (generates payload records and envelopes)
#   generated  javac on the interfaces plus the sources Missive generated, no processor
# "processor adds" = missive - generated: the processor's own time, apart from compiling its output.
# Needs the artifacts installed first: mvn -B -q install -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT=${REPEAT:-5}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1 500)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q -f processor/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/processor.cp" -Dmdep.includeScope=runtime >/dev/null
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
processor_jar="$HOME/.m2/repository/io/missive/missive-processor/$version/missive-processor-$version.jar"
annotations_jar="$HOME/.m2/repository/io/missive/missive-annotations/$version/missive-annotations-$version.jar"
[ -f "$processor_jar" ] || { echo "missing $processor_jar: run 'mvn -B -q install -DskipTests' first" >&2; exit 1; }
processor_path="$processor_jar:$(cat "$work/processor.cp")"
compile_cp="$annotations_jar:$(cat "$work/processor.cp")"

letters() { # 0 -> Aa, 1 -> Ab, ...: names made of letters only, so the naming rules see plain words
  local n=$1 s=""
  for _ in 1 2 3; do s=$(printf "\\$(printf '%03o' $((97 + n % 26)))")$s; n=$((n / 26)); done
  echo "${s^}"
}

generate() { # $1 = N, $2 = dir
  mkdir -p "$2/bench"
  echo '@io.missive.MessageSource("bench-service") package bench;' > "$2/bench/package-info.java"
  for ((i = 0; i < $1; i++)); do
    local name="Order$(letters "$i")Placed"
    cat > "$2/bench/$name.java" <<JAVA
package bench;

import io.missive.DomainEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@DomainEvent
public interface $name {
  String orderId();
  String customerId();
  int quantity();
  long sequence();
  BigDecimal total();
  Instant placedAt();
  List<String> tags();
  Optional<String> note();
}
JAVA
  done
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

time_ms() { # runs "$@" REPEAT times, prints the median wall time in ms
  local runs=()
  for ((r = 0; r < REPEAT; r++)); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    runs+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${runs[@]}" | median
}

echo "javac: $(javac -version 2>&1); $(nproc) cores; median of $REPEAT runs each"
printf '%-6s %10s %10s %12s %16s %18s %14s\n' N plain_ms missive_ms generated_ms processor_adds_ms adds_per_iface_ms lines_per_type
for n in "${SIZES[@]}"; do
  src="$work/src$n"; gen="$work/gen$n"; out="$work/out$n"
  generate "$n" "$src"
  mkdir -p "$gen" "$out"
  sources=$(find "$src" -name '*.java')
  # shellcheck disable=SC2086
  plain=$(time_ms javac -proc:none -cp "$compile_cp" -d "$out" $sources)
  # shellcheck disable=SC2086
  missive=$(time_ms javac -cp "$compile_cp" -processorpath "$processor_path" -s "$gen" -d "$out" $sources)
  generated_sources=$(find "$gen" -name '*.java')
  # shellcheck disable=SC2086
  generated=$(time_ms javac -proc:none -cp "$compile_cp" -d "$out" $sources $generated_sources)
  adds=$((missive - generated))
  lines=$(cat $generated_sources | wc -l)
  printf '%-6s %10s %10s %12s %16s %18s %14s\n' "$n" "$plain" "$missive" "$generated" "$adds" \
    "$(awk -v a="$adds" -v n="$n" 'BEGIN {printf "%.2f", a / n}')" "$((lines / n))"
done
