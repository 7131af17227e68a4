#!/usr/bin/env bash
# The service's HTTP load test, on loopback, bounded in time (about five minutes):
#
#   bash adapters/service/load/run.sh            # builds the jar first
#   MVN_FLAGS=-o bash adapters/service/load/run.sh   # offline build
#
# LoadTest.java (next to this script, run as source by the JDK) starts the service as the README
# does (adapters/service/start.sh) with JAVA_OPTS=-Xmx256m three times to measure
# launch-to-first-answer, then drives the last one: GET /api/v1/ping and
# POST /api/v1/advice (a mix of eight situations) from 4 and then 32 connections for 15 s each,
# advice at a fixed 1,000 requests/s, and an overload phase with 400 connections. It prints a
# Markdown table and advice / ping for each number of connections. 32 connections is what the
# service admits at once on two cores (16 per core, see gesprekswijzer.limits.max-concurrent-advice);
# the overload phase goes far beyond it.
# Before measuring, a minute of advice load from 2 connections per processor lets the JIT compiler
# finish (--warm-up-seconds=60, --warm-up-connections=4 on two cores): warmed up from 32
# connections, the compiler threads got so little of the cores that the figures were those of
# half-compiled code.
# Between ping and advice, two floors: the same bodies answered with a fixed answer as bytes and
# through Jackson (HttpFloorController), to split advice / ping into HTTP, JSON and evaluation
# (--floors=false leaves them out); after the closed loops, the situations evaluated in the service's
# JVM without HTTP, to set what 35 % of ping leaves the evaluation against what it costs alone.
# Options pass through, e.g. --seconds=30 --connections=4,32,100 --rate=2000 --port=18080.
set -euo pipefail
cd "$(dirname "$0")/../../.."

if [[ "${BUILD:-true}" == true ]]; then # BUILD=false: the jar as it was last built
  mvn -B -q ${MVN_FLAGS:-} package -DskipTests -pl adapters/service -am
fi
mkdir -p adapters/service/target
pid_file=adapters/service/target/load-service.pid
rm -f "$pid_file"

# Whatever happens (a failure, Ctrl-C, the timeout below), the service does not outlive the run.
stop_service() {
  if [[ -s "$pid_file" ]]; then
    pid=$(cat "$pid_file")
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pid_file"
  fi
}
trap stop_service EXIT

timeout --signal=TERM 15m java adapters/service/load/LoadTest.java \
  --pid-file="$pid_file" --log=adapters/service/target/load-service.log "$@"
