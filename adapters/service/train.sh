#!/usr/bin/env bash
# The training run that writes the service's start-up cache into target/app, for the JVM that
# start.sh will use (java.sh finds it for both). The build runs it in the package phase, after
# extracting the jar; run it again after changing GESPREKSWIJZER_JAVA:
#
#   bash adapters/service/train.sh
#
# On JDK 25 or later it writes an ahead-of-time cache (JEP 483 and 514, -XX:AOTCacheOutput):
# the classes a start loads, already parsed and linked, and the method profiles of the run (JEP
# 515), in service.aot. On an older JDK it writes a class data sharing archive
# (-XX:ArchiveClassesAtExit) in service.jsa. Either way the run does real work first (training/
# TrainingRun.java): the service starts, answers every kind of conversation in both languages
# (GESPREKSWIJZER_TRAINING_ROUNDS times, default 3) and a refused request, and is stopped with
# SIGTERM. GESPREKSWIJZER_TRAINING_ROUNDS=0 stops it once its context is refreshed instead, as the
# build did before JDK 25: measured slower to a first answer (adapters/service/load/RESULTS.md).
#
# Paths are absolute: a cache serves the jar at the path it was trained with.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$here/target/app"
if [[ ! -f "$app/service.jar" ]]; then
  echo "No $app/service.jar: build it with mvn -B -q -pl adapters/service -am package -DskipTests" >&2
  exit 1
fi
# shellcheck source=java.sh
source "$here/java.sh"
find_service_java
rounds=${GESPREKSWIJZER_TRAINING_ROUNDS:-3}

if ((service_java_release >= 25)); then
  cache=$app/service.aot
  # -Xlog:aot=off: the cache's list of classes it leaves out (signed jars, JFR events) is no news.
  output=(-XX:AOTCacheOutput="$cache" -Xlog:aot=off)
else
  cache=$app/service.jsa
  output=(-XX:ArchiveClassesAtExit="$cache" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
rm -f "$cache" "$cache.config"
# A cache older than the jar (a cache for the other JDK, left by an earlier build) serves a jar that
# is gone: the JVM would refuse it with a warning at every start.
for stale in "$app/service.aot" "$app/service.jsa"; do
  if [[ -f "$stale" && "$stale" -ot "$app/service.jar" ]]; then rm -f "$stale"; fi
done
service=("$service_java" "${output[@]}" -Dspring.aot.enabled=true)
if ((rounds == 0)); then
  service+=(-Dspring.context.exit=onRefresh)
fi
service+=(-jar "$app/service.jar"
  --logging.level.root=warn
  # The development key's warning is for people starting the service, not the build.
  --logging.level.nl.gesprekswijzer.service.security=error)
if ((rounds == 0)); then
  service+=(--server.port=0)
fi

# The JVM's own account of writing the cache goes to the log, shown only when something fails.
log=$here/target/training-run.log
if ! "$service_java" "$here/training/TrainingRun.java" "$rounds" "${service[@]}" >"$log" 2>&1 ||
  [[ ! -s "$cache" ]]; then
  cat "$log" >&2
  echo "The training run on $service_java wrote no $cache (its output is above and in $log)" >&2
  exit 1
fi
echo "$(grep '^Training run:' "$log") on Java $service_java_release: $cache"
