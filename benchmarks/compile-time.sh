#!/usr/bin/env bash
# Compile-time cost of the Missive processor next to Immutables, measured with fresh javac processes
# in one run on one machine.
#
#   benchmarks/compile-time.sh [N ...]          default: 1 100 500; REPEAT=3 runs each, median reported
#   MARKDOWN=file benchmarks/compile-time.sh     also writes the table as Markdown to file
#
# For each N it writes N interfaces with the same 8 accessors (String, String, int, long, BigDecimal,
# Instant, List<String>, Optional<String>) three ways and times:
#   plain       javac on the interfaces alone, no processor
#   missive     javac with the Missive processor (@DomainEvent: record, envelope, JSON codec)
#   immutables  javac with Immutables 2.12.2 (@Value.Immutable + @JsonSerialize/@JsonDeserialize)
#   autovalue   javac with AutoValue 1.11.1: each shape an @AutoValue abstract class with an
#               @AutoValue.Builder and a Jackson @JsonCreator factory that builds through it
#   autovalue_output
#               javac on the AutoValue classes plus the sources AutoValue generated, no processor
#   generated   javac on the interfaces plus the sources Missive generated, no processor
#   locked      javac with the Missive processor and its schema lock (-Amissive.schemas), the lock
#               written by a build before: reading and comparing N snapshots; "lock per interface" =
#               (locked - missive) / N
#   copy        javac with CopyProcessor, which only writes the files Missive generated through the
#               Filer: javac's own price for a processor's rounds and files
#   immutables_output
#               javac on the Immutables interfaces plus the sources Immutables generated, no processor
# "processor itself" = missive - generated: the processor's time, apart from compiling its output;
# of that, copy - generated is javac's share and missive - copy Missive's own code. Immutables'
# processor itself, immutables - immutables_output, is the peer's figure for the same budget.
# Two parts of Missive's own code are also timed alone, each in a fresh JVM (ProcessorParts.java, on
# the same names and shapes, checked to render exactly what the processor wrote):
#   naming      the naming rules with their WordNet lexicon
#   generation  the writers building the code and JavaPoet rendering it
#   building    the writers building it alone (JavaPoet specs, not rendered); generation - building
#               is JavaPoet's rendering
# All runs share one class path (missive-annotations, the Immutables and AutoValue annotations,
# jackson-databind).
#
# "Cold" times fresh javac processes (a command-line build: JVM start, class loading and
# interpretation included); "warm" times javac in one JVM that has compiled the same sources before
# (WarmJavac.java), two ways: with each processor loaded once and reused, its code warm too (the best
# case), and with the processor loaded afresh for every compilation, as javac does with
# -processorpath, and so a Gradle or Maven daemon (javac's code warm, the processor's cold). WARMUP=4
# MEASURED=5 for the warm runs (2 and 3 when REPEAT=1), which are made for N up to WARM_MAX=100 only
# (at 500 they would take longer than the rest together).
# Needs the artifacts installed first: mvn -B -q install -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT=${REPEAT:-3}
# The short profile (REPEAT=1) also makes fewer warm runs.
if [ "$REPEAT" -eq 1 ]; then
  WARMUP=${WARMUP:-2}
  MEASURED=${MEASURED:-3}
else
  WARMUP=${WARMUP:-4}
  MEASURED=${MEASURED:-5}
fi
WARM_MAX=${WARM_MAX:-100}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1 100 500)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
jackson=$(sed -n 's:.*<jackson.version>\(.*\)</jackson.version>.*:\1:p' pom.xml | head -1)
repo="${REPO:-$HOME/.m2/repository}" # REPO=<dir>: another local repository
processor_jar="$repo/io/missive/missive-processor/$version/missive-processor-$version.jar"
[ -f "$processor_jar" ] || { echo "missing $processor_jar: run 'mvn -B -q install -DskipTests' first" >&2; exit 1; }

fetch() { # group:artifact:version -> path of the jar in the local repository
  mvn -B -q -Dmaven.repo.local="$repo" dependency:get -Dartifact="$1" -Dtransitive=false >/dev/null
  local g a v
  IFS=: read -r g a v <<<"$1"
  echo "$repo/${g//.//}/$a/$v/$a-$v.jar"
}
mvn -B -q -Dmaven.repo.local="$repo" -f processor/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/processor.cp" \
  -DincludeScope=runtime >/dev/null
processor_path="$processor_jar:$(cat "$work/processor.cp")"
immutables_path=$(fetch org.immutables:value:2.12.2)
autovalue_path=$(fetch com.google.auto.value:auto-value:1.11.1)
autovalue_annotations=$(fetch com.google.auto.value:auto-value-annotations:1.11.1)
annotations_jar=$(fetch "io.missive:missive-annotations:$version")
jackson_annotations_version=$(ls "$repo/com/fasterxml/jackson/core/jackson-annotations" | grep "^${jackson%.*}" | sort -V | tail -1)
classpath="$annotations_jar:$immutables_path:$autovalue_annotations:$(fetch com.fasterxml.jackson.core:jackson-databind:$jackson):$(fetch com.fasterxml.jackson.core:jackson-core:$jackson):$(fetch com.fasterxml.jackson.core:jackson-annotations:$jackson_annotations_version)"

copy_path="$work/copy-processor"
mkdir -p "$copy_path/META-INF/services"
javac -d "$copy_path" benchmarks/compile-time/CopyProcessor.java
echo CopyProcessor > "$copy_path/META-INF/services/javax.annotation.processing.Processor"
parts_path="$work/processor-parts"
javac -d "$parts_path" -cp "$processor_path" benchmarks/compile-time/ProcessorParts.java

letters() { # 0 -> Aaa, 1 -> Aab, ...: names made of letters only, so the naming rules see plain words
  local n=$1 s=""
  for _ in 1 2 3; do s=$(printf "\\$(printf '%03o' $((97 + n % 26)))")$s; n=$((n / 26)); done
  echo "${s^}"
}

accessors='  String orderId();
  String customerId();
  int quantity();
  long sequence();
  java.math.BigDecimal total();
  java.time.Instant placedAt();
  java.util.List<String> tags();
  java.util.Optional<String> note();'

# The same accessors as an AutoValue class: abstract accessors named for JSON, a builder, and a Jackson
# creator that builds through it (AutoValue's documented way to read JSON with Jackson).
autovalue_class() { # $1 = name
  cat <<EOF
package bench;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.auto.value.AutoValue;

@AutoValue
public abstract class $1 {
  @JsonProperty("orderId") public abstract String orderId();
  @JsonProperty("customerId") public abstract String customerId();
  @JsonProperty("quantity") public abstract int quantity();
  @JsonProperty("sequence") public abstract long sequence();
  @JsonProperty("total") public abstract java.math.BigDecimal total();
  @JsonProperty("placedAt") public abstract java.time.Instant placedAt();
  @JsonProperty("tags") public abstract java.util.List<String> tags();
  @JsonProperty("note") public abstract java.util.Optional<String> note();

  public static Builder builder() {
    return new AutoValue_$1.Builder();
  }

  public abstract Builder toBuilder();

  @JsonCreator
  static $1 create(
      @JsonProperty("orderId") String orderId,
      @JsonProperty("customerId") String customerId,
      @JsonProperty("quantity") int quantity,
      @JsonProperty("sequence") long sequence,
      @JsonProperty("total") java.math.BigDecimal total,
      @JsonProperty("placedAt") java.time.Instant placedAt,
      @JsonProperty("tags") java.util.List<String> tags,
      @JsonProperty("note") java.util.Optional<String> note) {
    return builder().orderId(orderId).customerId(customerId).quantity(quantity).sequence(sequence)
        .total(total).placedAt(placedAt).tags(tags).note(note).build();
  }

  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder orderId(String orderId);
    public abstract Builder customerId(String customerId);
    public abstract Builder quantity(int quantity);
    public abstract Builder sequence(long sequence);
    public abstract Builder total(java.math.BigDecimal total);
    public abstract Builder placedAt(java.time.Instant placedAt);
    public abstract Builder tags(java.util.List<String> tags);
    public abstract Builder note(java.util.Optional<String> note);
    public abstract Builder note(String note);
    public abstract $1 build();
  }
}
EOF
}

generate() { # $1 = N, $2 = dir for Missive sources, $3 = dir for Immutables sources, $4 = for AutoValue's
  mkdir -p "$2/bench" "$3/bench" "$4/bench"
  echo '@io.missive.MessageSource("bench-service") package bench;' > "$2/bench/package-info.java"
  for ((i = 0; i < $1; i++)); do
    local name="Order$(letters "$i")Placed"
    printf 'package bench;\n\n@io.missive.DomainEvent\npublic interface %s {\n%s\n}\n' \
      "$name" "$accessors" > "$2/bench/$name.java"
    printf 'package bench;\n\n@org.immutables.value.Value.Immutable\n@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = Immutable%s.class)\n@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = Immutable%s.class)\npublic interface %s {\n%s\n}\n' \
      "$name" "$name" "$name" "$accessors" > "$3/bench/$name.java"
    autovalue_class "$name" > "$4/bench/$name.java"
  done
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

steal_ticks() { awk '/^cpu / {print $9}' /proc/stat 2>/dev/null || echo 0; }
total_ticks() { awk '/^cpu / {t = 0; for (i = 2; i <= NF; i++) t += $i; print t}' /proc/stat 2>/dev/null || echo 1; }

run_ms() { # runs "$@" once, prints its wall time in ms
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null || { echo "failed: $*" >&2; return 1; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

per() { awk -v a="$1" -v n="$2" 'BEGIN {printf "%.1f", a / n}'; }

header="| N | javac alone (ms) | + Missive (ms) | + Immutables (ms) | Missive's output, no processor (ms) | + a processor that only writes that output (ms) | Missive adds in all (ms) | Missive processor itself (ms) | itself per interface (ms) | of which javac's share per interface (ms) | of which Missive's code per interface (ms) | itself per interface, round by round (ms) | Missive lines/type | Immutables lines/type |"
warm_header=${header/ itself per interface, round by round (ms) |/}
parts_header="| N | naming rules and lexicon (ms) | per interface (ms) | code generation: writers and JavaPoet (ms) | per interface (ms) | of which the writers building it, per interface (ms) | of which JavaPoet rendering it, per interface (ms) |"
rows=()
warm_rows=()
reloaded_rows=()
reloaded_header="| N | javac alone (ms) | + Missive, reloaded (ms) | + Immutables, reloaded (ms) | Missive's output, no processor (ms) | Missive adds in all (ms) | Missive processor itself (ms) | itself per interface (ms) | reloaded minus kept, run by run, per interface (ms) |"
peer_header="| N | javac | Missive's output, no processor (ms) | Missive processor itself per interface (ms) | per interface, round by round (ms) | Immutables' output, no processor (ms) | Immutables processor itself per interface (ms) | per interface, round by round (ms) |"
peer_rows=()
part_rows=()
lock_header="| N | + Missive (ms) | + Missive with its schema lock (ms) | lock per interface (ms) | lock per interface, round by round (ms) |"
lock_rows=()
autovalue_header="| N | javac alone (ms) | + Missive (ms) | + AutoValue (ms) | + Immutables (ms) | Missive / AutoValue | AutoValue's output, no processor (ms) | AutoValue processor itself per interface (ms) | per interface, round by round (ms) | Missive lines/type | AutoValue lines/type | AutoValue hand-written lines/type |"
autovalue_rows=()
echo "javac $(javac -version 2>&1 | cut -d' ' -f2), $(nproc) cores, median of $REPEAT rounds of fresh javac runs ($((REPEAT * 3)) for N <= 10)"
steal_start=$(steal_ticks)
total_start=$(total_ticks)
echo "$header"
for n in "${SIZES[@]}"; do
  src="$work/m$n"; imm="$work/i$n"; av="$work/a$n"
  generate "$n" "$src" "$imm" "$av"
  missive_sources=$(find "$src" -name '*.java')
  immutables_sources=$(find "$imm" -name '*.java')
  autovalue_sources=$(find "$av" -name '*.java')
  mkdir -p "$work/gm$n" "$work/gi$n" "$work/ga$n" "$work/o$n"
  generated_sources=""
  # The lock as a first build writes it; the measured runs read and compare it.
  mkdir -p "$work/gl$n"
  # shellcheck disable=SC2086
  javac -cp "$classpath" -processorpath "$processor_path" -Amissive.schemas="$work/lock$n" -s "$work/gl$n" \
    -d "$work/o$n" $missive_sources >/dev/null 2>&1
  # Rounds of one run per configuration, so that a machine whose speed drifts (a shared VM) slows
  # every configuration alike; one interface compiles in about two seconds, so it gets more rounds.
  rounds=$REPEAT
  [ "$n" -le 10 ] && rounds=$((REPEAT * 3))
  declare -A runs=()
  for ((r = 0; r < rounds; r++)); do
    # shellcheck disable=SC2086
    runs[missive]+="$(run_ms javac -cp "$classpath" -processorpath "$processor_path" -s "$work/gm$n" -d "$work/o$n" $missive_sources) "
    generated_sources=$(find "$work/gm$n" -name '*.java')
    # shellcheck disable=SC2086
    runs[locked]+="$(run_ms javac -cp "$classpath" -processorpath "$processor_path" -Amissive.schemas="$work/lock$n" -s "$work/gl$n" -d "$work/o$n" $missive_sources) "
    # shellcheck disable=SC2086
    runs[plain]+="$(run_ms javac -proc:none -cp "$classpath" -d "$work/o$n" $missive_sources) "
    # shellcheck disable=SC2086
    runs[immutables]+="$(run_ms javac -cp "$classpath" -processorpath "$immutables_path" -s "$work/gi$n" -d "$work/o$n" $immutables_sources) "
    immutables_generated=$(find "$work/gi$n" -name '*.java')
    # shellcheck disable=SC2086
    runs[immutables_output]+="$(run_ms javac -proc:none -cp "$classpath" -d "$work/o$n" $immutables_sources $immutables_generated) "
    # shellcheck disable=SC2086
    runs[autovalue]+="$(run_ms javac -cp "$classpath" -processorpath "$autovalue_path" -s "$work/ga$n" -d "$work/o$n" $autovalue_sources) "
    autovalue_generated=$(find "$work/ga$n" -name '*.java')
    # shellcheck disable=SC2086
    runs[autovalue_output]+="$(run_ms javac -proc:none -cp "$classpath" -d "$work/o$n" $autovalue_sources $autovalue_generated) "
    # shellcheck disable=SC2086
    runs[generated]+="$(run_ms javac -proc:none -cp "$classpath" -d "$work/o$n" $missive_sources $generated_sources) "
    mkdir -p "$work/gc$n"
    # shellcheck disable=SC2086
    runs[copy]+="$(run_ms javac -Acopy.from="$work/gm$n" -cp "$classpath" -processorpath "$copy_path" -s "$work/gc$n" -d "$work/o$n" $missive_sources) "
    [ "$r" -gt 0 ] || java -cp "$parts_path:$processor_path" ProcessorParts check "$n" "$work/gm$n"
    runs[naming]+="$(java -cp "$parts_path:$processor_path" ProcessorParts naming "$n") "
    runs[generation]+="$(java -cp "$parts_path:$processor_path" ProcessorParts generation "$n") "
    runs[building]+="$(java -cp "$parts_path:$processor_path" ProcessorParts building "$n") "
  done
  for config in plain missive locked immutables autovalue autovalue_output generated copy immutables_output naming generation building; do
    # shellcheck disable=SC2086
    printf -v "$config" '%s' "$(printf '%s\n' ${runs[$config]} | median)"
  done
  rendering=$(awk -v a="$generation" -v b="$building" 'BEGIN {printf "%.1f", a - b}')
  part_row="| $n | $naming | $(per "$naming" "$n") | $generation | $(per "$generation" "$n") | $(per "$building" "$n") | $(per "$rendering" "$n") |"
  part_rows+=("$part_row")
  adds=$((missive - generated))
  # The same difference taken within each round, then the median: the two runs of a round are
  # minutes apart at most, so the machine's drift between rounds drops out.
  # shellcheck disable=SC2206
  missive_runs=(${runs[missive]}); generated_runs=(${runs[generated]})
  # shellcheck disable=SC2206
  immutables_runs=(${runs[immutables]}); immutables_output_runs=(${runs[immutables_output]})
  # shellcheck disable=SC2206
  locked_runs=(${runs[locked]})
  lock_paired=$(for ((r = 0; r < rounds; r++)); do echo $((locked_runs[r] - missive_runs[r])); done | median)
  lock_row="| $n | $missive | $locked | $(per $((locked - missive)) "$n") | $(per "$lock_paired" "$n") |"
  lock_rows+=("$lock_row")
  echo "the schema lock: $lock_row"
  paired=$(for ((r = 0; r < rounds; r++)); do echo $((missive_runs[r] - generated_runs[r])); done | median)
  immutables_paired=$(for ((r = 0; r < rounds; r++)); do echo $((immutables_runs[r] - immutables_output_runs[r])); done | median)
  echo "rounds, ms: missive ${runs[missive]}; output without processor ${runs[generated]}; copy ${runs[copy]}; immutables ${runs[immutables]}; its output without processor ${runs[immutables_output]}; autovalue ${runs[autovalue]}; its output without processor ${runs[autovalue_output]}; locked ${runs[locked]}" >&2
  # shellcheck disable=SC2086
  missive_lines=$(($(cat $generated_sources | wc -l) / n))
  immutables_lines=$(($(find "$work/gi$n" -name '*.java' -exec cat {} + | wc -l) / n))
  # shellcheck disable=SC2086
  autovalue_lines=$(($(cat $autovalue_generated | wc -l) / n))
  # shellcheck disable=SC2086
  autovalue_source_lines=$(($(cat $autovalue_sources | wc -l) / n))
  # shellcheck disable=SC2206
  autovalue_runs=(${runs[autovalue]}); autovalue_output_runs=(${runs[autovalue_output]})
  autovalue_paired=$(for ((r = 0; r < rounds; r++)); do echo $((autovalue_runs[r] - autovalue_output_runs[r])); done | median)
  autovalue_row="| $n | $plain | $missive | $autovalue | $immutables | $(awk -v a="$missive" -v b="$autovalue" 'BEGIN {printf "%.2f", a / b}') | $autovalue_output | $(per $((autovalue - autovalue_output)) "$n") | $(per "$autovalue_paired" "$n") | $missive_lines | $autovalue_lines | $autovalue_source_lines |"
  autovalue_rows+=("$autovalue_row")
  echo "beside AutoValue: $autovalue_row"
  row="| $n | $plain | $missive | $immutables | $generated | $copy | $((missive - plain)) | $adds | $(per "$adds" "$n") | $(per $((copy - generated)) "$n") | $(per $((missive - copy)) "$n") | $(per "$paired" "$n") | $missive_lines | $immutables_lines |"
  rows+=("$row")
  echo "$row"
  peer_row="| $n | cold | $generated | $(per "$adds" "$n") | $(per "$paired" "$n") | $immutables_output | $(per $((immutables - immutables_output)) "$n") | $(per "$immutables_paired" "$n") |"
  peer_rows+=("$peer_row")
  echo "the processors themselves: $peer_row"
  echo "parts of Missive's own code, each alone in a fresh JVM: $part_row"
  if [ "$n" -gt "$WARM_MAX" ]; then
    continue
  fi
  read -r wplain wmissive wimmutables wgenerated wcopy rmissive rimmutables wimmutables_output reload_cost \
    wpaired wimmutables_paired rpaired rimmutables_paired < <(java benchmarks/compile-time/WarmJavac.java \
    "$classpath" "$processor_path" "$immutables_path" "$copy_path" "$src" "$imm" "$work/wg$n" "$work/wgi$n" \
    "$WARMUP" "$MEASURED")
  minus() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a - b}'; }
  wadds=$(minus "$wmissive" "$wgenerated")
  warm_row="| $n | $wplain | $wmissive | $wimmutables | $wgenerated | $wcopy | $(minus "$wmissive" "$wplain") | $wadds | $(per "$wadds" "$n") | $(per "$(minus "$wcopy" "$wgenerated")" "$n") | $(per "$(minus "$wmissive" "$wcopy")" "$n") | $missive_lines | $immutables_lines |"
  warm_rows+=("$warm_row")
  echo "warm: $warm_row"
  radds=$(minus "$rmissive" "$wgenerated")
  reloaded_row="| $n | $wplain | $rmissive | $rimmutables | $wgenerated | $(minus "$rmissive" "$wplain") | $radds | $(per "$radds" "$n") | $(per "$reload_cost" "$n") |"
  reloaded_rows+=("$reloaded_row")
  echo "warm, processors reloaded: $reloaded_row"
  for setting in kept reloaded; do
    if [ "$setting" = kept ]; then
      with_missive=$wmissive with_immutables=$wimmutables missive_paired=$wpaired immutables_paired=$wimmutables_paired
    else
      with_missive=$rmissive with_immutables=$rimmutables missive_paired=$rpaired immutables_paired=$rimmutables_paired
    fi
    peer_row="| $n | warm, processor $setting | $wgenerated | $(per "$(minus "$with_missive" "$wgenerated")" "$n") | $(per "$missive_paired" "$n") | $wimmutables_output | $(per "$(minus "$with_immutables" "$wimmutables_output")" "$n") | $(per "$immutables_paired" "$n") |"
    peer_rows+=("$peer_row")
    echo "the processors themselves: $peer_row"
  done
done

steal=$(awk -v s=$(($(steal_ticks) - steal_start)) -v t=$(($(total_ticks) - total_start)) 'BEGIN {printf "%.1f", (t > 0 ? 100 * s / t : 0)}')
echo "CPU time stolen by other guests of the machine during the run: $steal %"

if [ -n "${MARKDOWN:-}" ]; then
  {
    echo "Measured by \`benchmarks/compile-time.sh\` on $(date -u +%Y-%m-%d): javac $(javac -version 2>&1 | cut -d' ' -f2),"
    echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')."
    echo
    echo "CPU time stolen by other guests of this virtual machine during the run: $steal % (above a few"
    echo "per cent, run it again: the configurations were interleaved, but the cold ones still drift)."
    echo
    echo "Cold: fresh javac processes, as a command-line build runs them (median of $REPEAT rounds, $((REPEAT * 3)) for one"
    echo "interface; each round runs every configuration once). \"Round by round\" is the median of the"
    echo "differences between the two runs of each round, which the machine's drift between rounds disturbs"
    echo "less."
    echo
    echo "$header"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Beside AutoValue 1.11.1 with \`@AutoValue.Builder\` and a Jackson \`@JsonCreator\` on the same shapes,"
    echo "in the same rounds (\"Missive / AutoValue\" is the ratio of the two whole builds; AutoValue's"
    echo "hand-written lines are the abstract class with its builder and creator, which Missive's users do"
    echo "not write):"
    echo
    echo "$autovalue_header"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${autovalue_rows[@]}"
    echo
    echo "Two parts of Missive's own code, each timed alone in a fresh JVM on the same names and shapes"
    echo "(\`benchmarks/compile-time/ProcessorParts.java\`, which checks that it renders exactly what the"
    echo "processor wrote; median of the same rounds):"
    echo
    echo "$parts_header"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${part_rows[@]}"
    echo
    echo "The schema lock (-Amissive.schemas, the lock written by an earlier build): javac with the"
    echo "processor and the lock minus javac with the processor alone, per interface."
    echo
    echo "$lock_header"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${lock_rows[@]}"
    echo
    echo "The processors themselves side by side: each processor's time apart from compiling what it wrote"
    echo "(javac with the processor minus javac on the same interfaces plus that processor's output, without"
    echo "it), in every setting measured; \"round by round\" is the median of the differences within each round."
    echo
    echo "$peer_header"
    echo "|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${peer_rows[@]}"
    if [ ${#warm_rows[@]} -gt 0 ]; then
      echo
      echo "Warm: javac in one JVM that has compiled the same sources before, with each processor loaded"
      echo "once and kept, its code warm too: the best case, for a tool that keeps the processor's class"
      echo "loader between compilations (median of $MEASURED runs after $WARMUP warm-up runs of every configuration)."
      echo
      echo "$warm_header"
      echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
      printf '%s\n' "${warm_rows[@]}"
      echo
      echo "Warm javac, each processor loaded afresh for every compilation, as javac does with"
      echo "\`-processorpath\` (and so a Gradle or Maven daemon): javac's code is warm, the processor's is not (same"
      echo "runs as the table above; the last column is the median of the differences between each"
      echo "reloaded run and the kept run of the same round, which the machine's drift disturbs less)."
      echo
      echo "$reloaded_header"
      echo "|---|---|---|---|---|---|---|---|---|"
      printf '%s\n' "${reloaded_rows[@]}"
    fi
  } > "$MARKDOWN"
fi
