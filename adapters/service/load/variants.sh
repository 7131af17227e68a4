#!/usr/bin/env bash
# Two configurations of the packaged service side by side, in one run, with the ratio of the second
# to the first beside the absolute figures:
#
#   bash adapters/service/load/variants.sh \
#     -Dgesprekswijzer.limits.concurrent-evaluations=-1 -Dgesprekswijzer.limits.concurrent-evaluations=0
#   BUILD=false SECONDS_PER_PHASE=10 bash adapters/service/load/variants.sh A B
#
# Each argument is the service's JVM options beside -Xmx256m (a Spring property as a -D system
# property). The load test (LoadTest.java, as run.sh runs it: ping and advice from 4 and 32
# connections, advice at a fixed 1,000 requests/s, overload) runs once per variant in the order
# A B B A, each on a fresh service, so that a drift of the machine's speed falls on both alike. It
# prints, per phase, each variant's two figures, the means and B / A. Everything the load tests
# printed is kept in adapters/service/target/variants/.
set -euo pipefail
cd "$(dirname "$0")/../../.."
if (($# != 2)); then
  echo "Give two variants, each the service's JVM options (quoted when several)" >&2
  exit 1
fi
out=adapters/service/target/variants
seconds=${SECONDS_PER_PHASE:-15}
warm_up=${WARM_UP_SECONDS:-40}
if [[ "${BUILD:-true}" == true ]]; then
  mvn -B -q ${MVN_FLAGS:-} package -DskipTests -pl adapters/service -am
fi
rm -rf "$out"
mkdir -p "$out"
variant=("$1" "$2")
round=0
for v in 0 1 1 0; do
  round=$((round + 1))
  echo "Round $round: variant $([[ $v == 0 ]] && echo A || echo B) (${variant[$v]}), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  BUILD=false bash adapters/service/load/run.sh --startups=1 --seconds="$seconds" --warm-up-seconds="$warm_up" \
    --jvm-options="-Xmx256m ${variant[$v]}" >"$out/round-$round.txt" 2>&1 ||
    { echo "Round $round failed, see $out/round-$round.txt" >&2; exit 1; }
  grep -E '^\| (GET|POST)|Advice throughput|^p99 at' "$out/round-$round.txt" | sed 's/^/    /'
done
echo
echo "A: ${variant[0]}"
echo "B: ${variant[1]}"
# | phase | connections | requests | req/s | p50 | p99 | p99.9 | max | 200 | 503 | errors |
awk -F'|' '
  FNR == 1 { file++ }
  /^\| (GET|POST)/ {
    key = $2 "|" $3; gsub(/^ +| +$/, "", key)
    v = (file == 1 || file == 4) ? "A" : "B"
    rps[key, v] += $5 / 2; p99[key, v] += $7 / 2; errs[key, v] += $12; refused[key, v] += $11
    if (!(key in seen)) { seen[key] = 1; order[n++] = key }
  }
  END {
    print "| phase | connections | A req/s | B req/s | B / A | A p99 ms | B p99 ms | A 503 | B 503 | errors A / B |"
    print "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    for (i = 0; i < n; i++) {
      k = order[i]; split(k, part, "|")
      printf "| %s | %s | %.0f | %.0f | %.2f | %.2f | %.2f | %d | %d | %d / %d |\n", part[1], part[2], rps[k, "A"], rps[k, "B"],
        (rps[k, "A"] > 0 ? rps[k, "B"] / rps[k, "A"] : 0), p99[k, "A"], p99[k, "B"], refused[k, "A"], refused[k, "B"], errs[k, "A"], errs[k, "B"]
    }
  }' "$out/round-1.txt" "$out/round-2.txt" "$out/round-3.txt" "$out/round-4.txt"
