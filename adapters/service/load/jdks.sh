#!/usr/bin/env bash
# The packaged service on two JDKs side by side, in one run, with the ratios of the second to the
# first beside the absolute figures (the machine's speed varies too much from hour to hour for
# figures of different runs to be compared):
#
#   bash adapters/service/load/jdks.sh                    # builds the jar first
#   MVN_FLAGS=-o RUNS=5 bash adapters/service/load/jdks.sh
#   BUILD=false CONNECTIONS=4 SECONDS_PER_PHASE=5 WARM_UP_SECONDS=10 bash adapters/service/load/jdks.sh
#
# 1. Launch to first answer, as startup.sh measures it (start.sh, JAVA_OPTS=-Xmx256m), the JDKs
#    taking turns, RUNS times each (default 5): elapsed time and the service's CPU time, medians.
# 2. The HTTP load test (LoadTest.java, as run.sh runs it) once per JDK and number of connections
#    (CONNECTIONS, default "4 32"; empty to skip), in the order A B B A: GET /api/v1/ping and POST
#    /api/v1/advice in a closed loop, advice at a fixed 1,000 requests/s, overload.
# 3. The engine's JMH benchmarks (the benchmark profile of engine/pom.xml, its forks on each JDK
#    through JMH's -jvm), A B B A: by default a short run of ThroughputBenchmark (the shipped engine
#    on the four typical situations from 1, 2 and 32 threads); JMH_ARGS to choose others, e.g.
#    JMH_ARGS='-wi 2 -i 3 EvaluationBenchmark.(advise|droolsFloor)$', ENGINE=false to skip.
#
# JDKS names the two JDKs' folders (default: /usr/lib/jvm/java-17-openjdk-amd64 and the JDK 25 or
# later that start.sh picks, see java.sh). The first is the reference of the ratios. Each JDK starts
# from its own cache of a training run (train.sh): the ahead-of-time cache on 25 or later, the class
# data sharing archive before, so one JDK below 25 and one from 25 on. Everything each step printed
# is kept in adapters/service/target/jdks/.
set -euo pipefail
cd "$(dirname "$0")/../../.."
service=adapters/service
out=$service/target/jdks
runs=${RUNS:-5}
connections=${CONNECTIONS-"4 32"}
seconds=${SECONDS_PER_PHASE:-15}
warm_up=${WARM_UP_SECONDS:-60}

if [[ "${BUILD:-true}" == true ]]; then
  mvn -B -q ${MVN_FLAGS:-} package -DskipTests -pl adapters/service -am
fi
# shellcheck source=../java.sh
source $service/java.sh
if [[ -z "${JDKS:-}" ]]; then
  GESPREKSWIJZER_JAVA="" find_service_java
  JDKS="/usr/lib/jvm/java-17-openjdk-amd64 $(dirname "$(dirname "$service_java")")"
fi
read -r -a jdks <<<"$JDKS"
if ((${#jdks[@]} != 2)); then
  echo "JDKS names two JDK folders, not: $JDKS" >&2
  exit 1
fi
rm -rf "$out"
mkdir -p "$out"

declare -A release
for jdk in "${jdks[@]}"; do
  release[$jdk]=$(java_feature_release "$jdk/bin/java")
  cache=$service/target/app/service.jsa
  if ((release[$jdk] >= 25)); then cache=$service/target/app/service.aot; fi
  if ((runs > 0)) || [[ -n "${connections// /}" ]] && [[ ! "$cache" -nt $service/target/app/service.jar ]]; then
    GESPREKSWIJZER_JAVA=$jdk bash $service/train.sh
  fi
done
label() { printf 'JDK %s' "${release[$1]}"; }
a=${jdks[0]}
b=${jdks[1]}

pid_file=$out/service.pid
stop_service() {
  if [[ -s "$pid_file" ]]; then kill -KILL "$(cat "$pid_file")" 2>/dev/null || true; fi
}
trap stop_service EXIT
load_test() { # jdk, then LoadTest's options
  local jdk=$1
  shift
  GESPREKSWIJZER_JAVA=$jdk timeout --signal=TERM 15m java $service/load/LoadTest.java \
    --pid-file="$pid_file" --log="$out/service-${release[$jdk]}.log" "$@"
}
median() { tr ' ' '\n' | sort -n | awk 'NF { v[n++] = $1 } END { print (n % 2) ? v[int(n / 2)] : (v[n / 2 - 1] + v[n / 2]) / 2 }'; }
ratio() { awk -v x="$1" -v y="$2" 'BEGIN { if (x > 0) printf "%.2f", y / x; else print "n/a" }'; }
mean() { awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.2f", s / NF }' <<<"$1"; }

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), $(nproc) processors," \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
if ((runs > 0)); then
  declare -A wall cpu
  for run in $(seq 1 "$runs"); do
    for jdk in "${jdks[@]}"; do
      load_test "$jdk" --startup-only=true --startups=1 --port=18090 >"$out/startup-$run-${release[$jdk]}.txt"
      wall[$jdk]+="$(sed -n 's/^Start-up, launch to first advice (ms): \[\([0-9]*\)\]$/\1/p' "$out/startup-$run-${release[$jdk]}.txt") "
      cpu[$jdk]+="$(sed -n 's/^Start-up, CPU time of the service to first advice (ms): \[\([0-9-]*\)\]$/\1/p' "$out/startup-$run-${release[$jdk]}.txt") "
    done
  done
  echo "Launch to first answer, JAVA_OPTS=-Xmx256m start.sh, $runs runs each, taking turns:"
  echo
  echo "| | $(label "$a") | $(label "$b") | $(label "$b") / $(label "$a") |"
  echo "| --- | ---: | ---: | ---: |"
  for kind in wall cpu; do
    unset -n figures
    declare -n figures=$kind
    ma=$(median <<<"${figures[$a]}")
    mb=$(median <<<"${figures[$b]}")
    what="elapsed, median ms"
    if [[ $kind == cpu ]]; then what="CPU time of the service, median ms"; fi
    echo "| $what | $ma | $mb | $(ratio "$ma" "$mb") |"
    echo "| (runs) | ${figures[$a]% } | ${figures[$b]% } | |"
  done
  echo
  echo "Load average after the start-ups: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
fi

if [[ -n "${connections// /}" ]]; then
  # A B B A per number of connections: drift of the machine's speed falls on both JDKs alike.
  for c in $connections; do
    for jdk in "$a" "$b" "$b" "$a"; do
      file=$out/load-$c-${release[$jdk]}.txt
      if [[ -f $file ]]; then file=$out/load-$c-${release[$jdk]}-again.txt; fi
      load_test "$jdk" --startups=1 --connections="$c" --seconds="$seconds" \
        --warm-up-seconds="$warm_up" >"$file"
    done
  done
  row() { # file, phase: the fields of its Markdown row, separated by |
    grep -F "| $2" "$1" | head -1
  }
  echo "HTTP, two load tests per JDK and number of connections, in the order A B B A; each figure is" \
    "the mean of a JDK's two (req/s; p50 and p99 in ms):"
  echo
  echo "| phase | connections | $(label "$a") req/s | $(label "$b") req/s | ratio | $(label "$a") p50 | $(label "$b") p50 | $(label "$a") p99 | $(label "$b") p99 | p99 ratio | errors $(label "$a") / $(label "$b") |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for c in $connections; do
    for phase in "GET /api/v1/ping, closed loop" "POST /api/v1/advice, closed loop" \
      "POST /api/v1/advice at" "POST /api/v1/advice, overload"; do
      declare -A f=()
      for jdk in "$a" "$b"; do
        for n in "" "-again"; do
          # | phase | connections | requests | req/s | p50 | p99 | p99.9 | max | 200 | 503 | errors |
          IFS='|' read -r _ name conns _ rps p50 p99 _ _ _ refused errors _ \
            <<<"$(row "$out/load-$c-${release[$jdk]}$n.txt" "$phase")"
          f[$jdk name]=$(echo "$name" | xargs)
          f[$jdk conns]=$(echo "$conns" | xargs)
          f[$jdk rps]+="$rps "
          f[$jdk p50]+="$p50 "
          f[$jdk p99]+="$p99 "
          f[$jdk errors]=$((${f[$jdk errors]:-0} + errors))
          f[$jdk refused]=$((${f[$jdk refused]:-0} + refused))
        done
      done
      ra=$(mean "${f[$a rps]}")
      rb=$(mean "${f[$b rps]}")
      pa=$(mean "${f[$a p99]}")
      pb=$(mean "${f[$b p99]}")
      echo "| ${f[$a name]} | ${f[$a conns]} | ${ra%.*} | ${rb%.*} | $(ratio "$ra" "$rb") |" \
        "$(mean "${f[$a p50]}") | $(mean "${f[$b p50]}") | $pa | $pb | $(ratio "$pa" "$pb") |" \
        "${f[$a errors]} / ${f[$b errors]} (503: ${f[$a refused]} / ${f[$b refused]}) |"
    done
  done
  echo
  for c in $connections; do
    for jdk in "$a" "$b"; do
      ping=$(row "$out/load-$c-${release[$jdk]}.txt" "GET /api/v1/ping" | cut -d'|' -f5)
      advice=$(row "$out/load-$c-${release[$jdk]}.txt" "POST /api/v1/advice, closed loop" | cut -d'|' -f5)
      ping2=$(row "$out/load-$c-${release[$jdk]}-again.txt" "GET /api/v1/ping" | cut -d'|' -f5)
      advice2=$(row "$out/load-$c-${release[$jdk]}-again.txt" "POST /api/v1/advice, closed loop" | cut -d'|' -f5)
      echo "$(label "$jdk"), $c connections: advice / ping $(ratio "$ping" "$advice") and $(ratio "$ping2" "$advice2")"
    done
  done
  echo
fi
echo "$(date -u '+%H:%M UTC'), load average: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "${ENGINE:-true}" == true ]]; then
  jmh_args=${JMH_ARGS:-"-wi 6 -w 2s -i 3 -r 2s ThroughputBenchmark"}
  for jdk in "$a" "$b" "$b" "$a"; do
    name=jmh-${release[$jdk]}
    if [[ -f $out/$name.csv ]]; then name=$name-again; fi
    mvn -B -q ${MVN_FLAGS:-} -pl engine -am -Pbenchmark -DskipTests verify \
      -Djmh.args="-foe true -jvm $jdk/bin/java -rf csv -rff $PWD/$out/$name.csv $jmh_args" \
      >"$out/$name.txt"
  done
  echo
  echo "The engine, JMH ($jmh_args), A B B A, each figure the mean of a JDK's two runs; for times a" \
    "ratio below 1 means $(label "$b") is faster, for throughputs above 1:"
  echo
  echo "| benchmark | parameters | $(label "$a") | $(label "$b") | unit | $(label "$b") / $(label "$a") |"
  echo "| --- | --- | ---: | ---: | --- | ---: |"
  # "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: ..."
  awk -F, '
    function unquote(s) { gsub(/"/, "", s); return s }
    FNR == 1 { file++; next }
    {
      name = unquote($1); sub(/^.*\.([A-Za-z]+Benchmark)\./, "", name)
      params = ""; for (i = 8; i <= NF; i++) params = params (params == "" ? "" : " ") unquote($i)
      key = name SUBSEP params
      if (file == 1) { order[++n] = key; unit[key] = unquote($7) }
      jdk = (file == 1 || file == 4) ? 1 : 2  # A B B A
      score[jdk, key] += unquote($5) / 2
    }
    END {
      for (i = 1; i <= n; i++) {
        key = order[i]; split(key, part, SUBSEP)
        if (part[1] ~ /:p0\.(9|99|999|9999)0*$|:p1\.00$|:p0\.00$/) continue
        x = score[1, key]; y = score[2, key]
        printf "| %s | %s | %.1f | %.1f | %s | %s |\n", part[1], part[2], x, y, unit[key], (x > 0 && y != "") ? sprintf("%.2f", y / x) : "n/a"
      }
    }' "$out/jmh-${release[$a]}.csv" "$out/jmh-${release[$b]}.csv" \
    "$out/jmh-${release[$b]}-again.csv" "$out/jmh-${release[$a]}-again.csv"
  echo
  echo "$(date -u '+%H:%M UTC'), load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
